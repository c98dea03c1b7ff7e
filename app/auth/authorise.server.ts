import type { AppLoadContext } from "@remix-run/node";
import { db } from "~/db.server";
import { auditActor, recordAudit } from "~/services/audit.server";
import { can, permissionDeniedBody, type Action, type Resource } from "./permissions";
import { requireUser, type CurrentUser } from "./session.server";

type RequestContext = Pick<AppLoadContext, "ipAddress" | "correlationId">;

/**
 * For every loader and action: the signed-in user, if their role allows the
 * action (on this resource, when given). Anyone not signed in is sent to sign
 * in; anyone else gets a 403, and the refusal is audited.
 */
export async function requirePermission(
  request: Request,
  action: Action,
  options: { context?: RequestContext; resource?: Resource } = {},
): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (can(user, action, options.resource)) return user;
  await recordAudit(db(), auditActor(options.context ?? { ipAddress: "", correlationId: "" }, user), {
    action: "access.denied",
    details: { permission: action, path: new URL(request.url).pathname },
  });
  throw new Response(permissionDeniedBody, { status: 403 });
}

/**
 * For a record that exists but belongs to another organisation: answer as if
 * it did not exist (so references cannot be probed), and audit the attempt.
 */
export async function notFoundOutsideOrganisation(
  context: RequestContext,
  user: CurrentUser,
  subject: { type: string; id: string; personId?: string | null },
): Promise<never> {
  await recordAudit(db(), auditActor(context, user), {
    action: "access.deniedOtherOrganisation",
    subjectType: subject.type,
    subjectId: subject.id,
    personId: subject.personId ?? null,
  });
  throw new Response("Not found", { status: 404 });
}
