import { z } from "zod";
import type { PlanAssessment } from "~/domain/early-help/assessment";
import { choice, k, optionalText } from "./fields";

export interface AssessmentDomainHeading {
  id: string;
  name: string;
}

/** Built from the threshold document's domains, so a council with other domains gets other boxes. */
export function assessmentSchema(domains: readonly AssessmentDomainHeading[]) {
  return z.object({
    domains: z
      .object(
        Object.fromEntries(
          domains.map((domain) => [
            domain.id,
            z.object({ strengths: optionalText(), needs: optionalText() }).optional(),
          ]),
        ),
      )
      .optional(),
    familyView: optionalText(),
    childVoice: optionalText(),
    complete: choice(["yes", "no"], k("plans.assessment.complete.required")),
  });
}

export function toAssessment(
  domains: readonly AssessmentDomainHeading[],
  value: z.output<ReturnType<typeof assessmentSchema>>,
): PlanAssessment {
  const answers = (value.domains ?? {}) as Record<string, { strengths: string; needs: string } | undefined>;
  return {
    domains: domains.map((domain) => ({
      domainId: domain.id,
      domainName: domain.name,
      strengths: answers[domain.id]?.strengths ?? "",
      needs: answers[domain.id]?.needs ?? "",
    })),
    familyView: value.familyView,
    childVoice: value.childVoice,
  };
}
