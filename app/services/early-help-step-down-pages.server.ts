import type { ActionFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/auth/authorise.server";
import { can } from "~/auth/permissions";
import { requireUser, type CurrentUser } from "~/auth/session.server";

/** The step-down pages are for social workers (who send) and early help managers (who answer). */
export async function requireStepDownUser(
  request: Request,
  context: ActionFunctionArgs["context"],
): Promise<CurrentUser> {
  const user = await requireUser(request);
  return can(user, "stepDown.create") ? user : requirePermission(request, "stepDown.accept", { context });
}
