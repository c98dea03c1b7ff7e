import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requirePermission } from "~/auth/authorise.server";
import { earlyHelpPaths } from "~/early-help-paths";
import { auditActor } from "~/services/audit.server";
import { openPlan } from "~/services/early-help-plan-records.server";
import { completeAction } from "~/services/early-help-goals.server";

/** The "Mark as done" button on the plan page posts here; there is no page to show. */
export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit" });
  const result = await completeAction(auditActor(context, user), user, detail.plan.id, params.actionId ?? "");
  if (!result.ok) throw new Response("Not found", { status: 404 });
  throw redirect(`${earlyHelpPaths.plan(detail.plan.id)}?done=action`);
}
