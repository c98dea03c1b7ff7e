import type { EarlyHelpPlan } from "./plan";
import { needsSocialWorker } from "./terminology";
import type { FieldError } from "./validation";

/**
 * Checked when a plan is allocated or reallocated. One person may be both
 * lead practitioner and social worker on a child in need plan.
 */
export function validateAllocation(
  plan: Pick<EarlyHelpPlan, "kind">,
  allocation: Pick<EarlyHelpPlan, "leadProfessionalId" | "socialWorkerId">,
): FieldError[] {
  const errors: FieldError[] = [];
  if (allocation.leadProfessionalId === null) {
    errors.push({ field: "leadProfessionalId", key: "earlyHelp.allocation.error.leadProfessionalRequired" });
  }
  if (needsSocialWorker(plan.kind) && allocation.socialWorkerId === null) {
    errors.push({ field: "socialWorkerId", key: "earlyHelp.allocation.error.socialWorkerRequired" });
  }
  return errors;
}
