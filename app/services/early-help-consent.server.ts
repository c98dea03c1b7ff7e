/** The family's consent to the plan: given, withdrawn, and given again. */
import { eq, sql } from "drizzle-orm";
import { earlyHelpPlans } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import {
  consentStands,
  onConsentWithdrawn,
  validateConsentForPlan,
  validateConsentWithdrawal,
  type ConsentRecord,
  type ConsentWithdrawal,
  type ConsentWithdrawalChoice,
} from "~/domain/early-help/consent";
import { transition } from "~/domain/early-help/plan-status";
import type { AuditActor } from "./audit.server";
import { auditPlanEvent, withEditablePlan } from "./early-help-plan-records.server";
import { refused, type UseCaseResult } from "./use-case.server";

type Editor = Pick<CurrentUser, "id" | "role">;

/**
 * Consent to a contact is not consent to a plan, so a plan from the MASH asks
 * for it; a family that withdrew consent and agrees again gives it afresh,
 * which lets a paused plan resume.
 */
export function recordConsent(
  actor: AuditActor,
  user: Editor,
  planId: string,
  consent: ConsentRecord,
  now: Date = new Date(),
): Promise<UseCaseResult> {
  return withEditablePlan(user, planId, { whenClosed: "refuse" }, async (tx, detail) => {
    const { plan } = detail;
    if (consentStands(plan.consent)) return refused([{ field: "", key: "plans.consent.error.alreadyRecorded" }]);
    const errors = validateConsentForPlan(consent, now);
    if (errors.length > 0) return refused(errors);
    let status = plan.status;
    if (plan.status === "paused") {
      const resumed = transition(plan.status, { type: "resume" });
      if (!resumed.ok) return refused([{ field: "", key: resumed.error }]);
      status = resumed.status;
    }
    await tx
      .update(earlyHelpPlans)
      .set({ consent, status, updatedAt: sql`now()` })
      .where(eq(earlyHelpPlans.id, planId));
    await auditPlanEvent(tx, actor, detail, "earlyHelp.consent.recorded", {
      purposes: consent.purposes,
      resumed: status !== plan.status,
    });
    return { ok: true as const };
  });
}

/**
 * Records who withdrew consent and when. Pausing happens here; closing is
 * answered with `close`, because closure still asks for the final scores.
 * Whether a closed plan can record a withdrawal is the consent rule's to say.
 */
export function withdrawConsent(
  actor: AuditActor,
  user: Editor,
  planId: string,
  input: { withdrawal: ConsentWithdrawal; choice: ConsentWithdrawalChoice },
  now: Date = new Date(),
): Promise<UseCaseResult<{ next: "paused" | "close" }>> {
  return withEditablePlan(user, planId, { whenClosed: "allow" }, async (tx, detail) => {
    const { plan } = detail;
    if (plan.consent === null) return refused([{ field: "", key: "earlyHelp.consent.error.required" }]);
    const errors = validateConsentWithdrawal(plan.consent, input.withdrawal, now);
    if (errors.length > 0) return refused(errors);
    const decided = onConsentWithdrawn(plan, input.choice);
    if (!decided.ok) return refused([{ field: "choice", key: decided.error }]);
    const consent = { ...plan.consent, withdrawal: input.withdrawal };
    const status = decided.decision.action === "pause" ? "paused" : plan.status;
    await tx
      .update(earlyHelpPlans)
      .set({ consent, status, updatedAt: sql`now()` })
      .where(eq(earlyHelpPlans.id, planId));
    await auditPlanEvent(tx, actor, detail, "earlyHelp.consent.withdrawn", { action: decided.decision.action });
    return { ok: true as const, next: decided.decision.action === "pause" ? ("paused" as const) : ("close" as const) };
  });
}
