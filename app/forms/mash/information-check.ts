import { z } from "zod";
import { informationCheckAgencies } from "~/domain/mash/agencies";
import { lawfulBases, sharingProblems, type SharingProblem } from "~/domain/mash/information-sharing";
import { key, optionalText, requiredText, type MashMessageKey } from "./fields";

const sharingMessages: Record<SharingProblem, { path: string; message: MashMessageKey }> = {
  consentNeedsFamilyInformed: { path: "lawfulBasis", message: key("mash.checkRequest.lawfulBasis.consentNeedsFamily") },
  familyNotInformedReasonRequired: {
    path: "familyNotInformedReason",
    message: key("mash.checkRequest.familyNotInformedReason.required"),
  },
  authoriserRequired: { path: "authorisedBy", message: key("mash.checkRequest.authorisedBy.required") },
  authoriserNotManager: { path: "authorisedBy", message: key("mash.checkRequest.authorisedBy.required") },
};

/**
 * A question to a partner agency, with the lawful basis for sharing the
 * family's information and whether the family has been told; if not, why not
 * and which MASH manager authorised it (`information-sharing.ts`).
 * `managerIds` are the managers who may authorise.
 */
export function checkRequestSchema(managerIds: readonly string[]) {
  return z
    .object({
      agency: z.enum(informationCheckAgencies, { error: key("mash.checkRequest.agency.required") }),
      question: requiredText(
        { required: key("mash.checkRequest.question.required"), tooLong: key("mash.checkRequest.question.tooLong") },
        2000,
      ),
      lawfulBasis: z.enum(lawfulBases, { error: key("mash.checkRequest.lawfulBasis.required") }),
      familyInformed: z.enum(["yes", "no"], { error: key("mash.checkRequest.familyInformed.required") }),
      familyNotInformedReason: optionalText(key("mash.checkRequest.familyNotInformedReason.tooLong"), 2000),
      authorisedBy: z.string().optional(),
    })
    .superRefine(
      (answers, ctx) => {
        if (answers.familyInformed !== "no") return;
        const problems = sharingProblems(
          {
            lawfulBasis: answers.lawfulBasis,
            familyInformed: false,
            familyNotInformedReason: answers.familyNotInformedReason,
            authorisedBy: answers.authorisedBy,
          },
          (userId) => managerIds.includes(userId),
        );
        for (const problem of problems) {
          // A basis not chosen yet is already reported as missing.
          if (problem === "consentNeedsFamilyInformed" && !answers.lawfulBasis) continue;
          const { path, message } = sharingMessages[problem];
          ctx.addIssue({ code: "custom", path: [path], message });
        }
      },
      // Checked even when other answers are missing, so that every problem is shown at once.
      { when: () => true },
    )
    .transform(({ familyInformed, familyNotInformedReason, authorisedBy, ...request }) => ({
      ...request,
      familyInformed: familyInformed === "yes",
      familyNotInformedReason: familyInformed === "yes" ? null : (familyNotInformedReason ?? null),
      authorisedBy: familyInformed === "yes" ? null : (authorisedBy ?? null),
    }));
}

export const checkAnswerSchema = z.object({
  answer: requiredText(
    { required: key("mash.answerCheck.answer.required"), tooLong: key("mash.answerCheck.answer.tooLong") },
    5000,
  ),
});
