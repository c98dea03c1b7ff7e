import { z } from "zod";
import { primaryNeedCodes, type PrimaryNeedCode } from "~/domain/contact/census";
import { outcomeFitProblem, type OutcomeFitRules } from "~/domain/mash/outcome-fit";
import { ragRatings } from "~/domain/mash/rag";
import { key, optionalText, requiredText, type MashMessageKey } from "./fields";

export const decisionLimits = {
  rationale: 5000,
  outcomeReason: 2000,
  referrerFeedback: 2000,
  internalNotes: 5000,
} as const;

/** The field names for one child's own level and outcome, when siblings are decided separately. */
export const childFieldNames = (index: number) => ({ level: `level-${index}`, outcome: `outcome-${index}` });

/**
 * The decision page. With more than one child the screener first says whether
 * one decision fits them all (the default) or each child needs their own; the
 * page then asks one level and outcome, or one per child. Either way the
 * answer comes out as an outcome and level for every child. An outcome that
 * does not fit its level (`outcome-fit.ts`) is refused on the outcome; one
 * that fits only with a reason asks for `outcomeReason`. Every problem is
 * reported at once, as GOV.UK asks. When any child's outcome makes a
 * referral (`referralOutcomes`), the census primary need is asked for.
 */
export function decisionSchema({
  childIds,
  levels,
  outcomes,
  fit,
  referralOutcomes = [],
}: {
  childIds: readonly string[];
  levels: readonly number[];
  outcomes: readonly string[];
  fit: OutcomeFitRules;
  referralOutcomes?: readonly string[];
}) {
  const several = childIds.length > 1;
  const perChild = Object.fromEntries(
    childIds.flatMap((_id, index) =>
      Object.values(childFieldNames(index)).map((name) => [name, z.string().optional()]),
    ),
  );
  return z
    .object({
      rag: z.enum(ragRatings, { error: key("mash.decision.rag.required") }),
      sameForAll: several
        ? z.enum(["yes", "no"], { error: key("mash.decision.sameForAll.required") })
        : z.literal("yes").default("yes"),
      level: z.string().optional(),
      outcome: z.string().optional(),
      ...perChild,
      rationale: requiredText(
        { required: key("mash.decision.rationale.required"), tooLong: key("mash.decision.rationale.tooLong") },
        decisionLimits.rationale,
      ),
      primaryNeed: z.string().optional(),
      outcomeReason: optionalText(key("mash.decision.outcomeReason.tooLong"), decisionLimits.outcomeReason),
      referrerFeedback: requiredText(
        { required: key("mash.decision.feedback.required"), tooLong: key("mash.decision.feedback.tooLong") },
        decisionLimits.referrerFeedback,
      ),
      internalNotes: optionalText(key("mash.decision.internalNotes.tooLong"), decisionLimits.internalNotes),
    })
    .catchall(z.unknown())
    .superRefine(
      (answers, ctx) => {
        const byName = answers as Record<string, unknown>;
        const check = (name: string, allowed: readonly string[], message: MashMessageKey) => {
          const value = byName[name];
          if (typeof value !== "string" || !allowed.includes(value))
            ctx.addIssue({ code: "custom", path: [name], message });
        };
        const names =
          byName.sameForAll === "yes"
            ? [{ level: "level", outcome: "outcome" }]
            : byName.sameForAll === "no"
              ? childIds.map((_id, index) => childFieldNames(index))
              : [];
        const makesReferral = names.some(
          ({ outcome }) => typeof byName[outcome] === "string" && referralOutcomes.includes(byName[outcome] as string),
        );
        if (makesReferral && !(primaryNeedCodes as readonly unknown[]).includes(byName.primaryNeed)) {
          ctx.addIssue({ code: "custom", path: ["primaryNeed"], message: key("mash.decision.primaryNeed.required") });
        }
        let reasonAsked = false;
        for (const { level, outcome } of names) {
          check(level, levels.map(String), key("mash.decision.level.required"));
          check(outcome, outcomes, key("mash.decision.outcome.required"));
          const chosen = { outcome: byName[outcome], decidedLevel: Number(byName[level]) };
          if (typeof chosen.outcome !== "string" || !levels.includes(chosen.decidedLevel)) continue;
          const problem = outcomeFitProblem(
            { outcome: chosen.outcome, decidedLevel: chosen.decidedLevel },
            answers.outcomeReason,
            fit,
          );
          if (problem?.kind === "notAtLevel") {
            ctx.addIssue({ code: "custom", path: [outcome], message: key("mash.decision.fit.notAtLevel") });
          } else if (problem?.kind === "reasonNeeded" && !reasonAsked) {
            reasonAsked = true;
            ctx.addIssue({
              code: "custom",
              path: ["outcomeReason"],
              message: key("mash.decision.outcomeReason.required"),
            });
          }
        }
      },
      // Checked even when other answers are missing, so that every problem is shown at once.
      { when: () => true },
    )
    .transform((answers) => {
      const byName = answers as Record<string, string | undefined>;
      const chosen = (index: number) =>
        answers.sameForAll === "yes" ? { level: "level", outcome: "outcome" } : childFieldNames(index);
      const children = childIds.map((contactChildId, index) => ({
        contactChildId,
        decidedLevel: Number(byName[chosen(index).level]),
        outcome: byName[chosen(index).outcome]!,
      }));
      const primaryNeed = children.some((child) => referralOutcomes.includes(child.outcome))
        ? (answers.primaryNeed as PrimaryNeedCode)
        : undefined;
      return {
        rag: answers.rag,
        ...(primaryNeed ? { primaryNeed } : {}),
        children,
        rationale: answers.rationale,
        outcomeReason: answers.outcomeReason,
        referrerFeedback: answers.referrerFeedback,
        internalNotes: answers.internalNotes,
      };
    });
}
