import { requirePermission } from "~/auth/authorise.server";
import { openStepDown } from "~/services/early-help-step-downs.server";
import type { RouteArgs } from "./draft-page.server";

/**
 * The early help manager's two answers to a step-down, accepting it or
 * returning it: both need the same permission and the same request, and
 * their pages show the same caption (its reference and the family).
 */

export async function openStepDownDecision({ request, params, context }: RouteArgs, page?: "accept" | "return") {
  const user = await requirePermission(request, "stepDown.accept", { context });
  const { request: stepDown } = await openStepDown(context, user, params.stepDownId, { page });
  return { user, stepDown };
}

export async function stepDownDecisionLoader(args: RouteArgs, page: "accept" | "return") {
  const { stepDown } = await openStepDownDecision(args, page);
  return {
    id: stepDown.id,
    reference: stepDown.reference,
    family: stepDown.children.map((child) => `${child.firstName} ${child.lastName}`).join(", "),
  };
}
