import { parseWithZod } from "@conform-to/zod/v4";
import { redirect } from "@remix-run/node";
import { minutesUntil, redirectWithSession } from "~/auth/responses.server";
import { getPendingSession, safeRedirect, type ValidatedSession } from "~/auth/session.server";
import { clientOf, type Client, type CodeStep } from "~/auth/sign-in.server";
import type { AuthMessageKey } from "~/forms/auth/fields";
import type { recoveryCodeSchema, totpCodeSchema } from "~/forms/auth/sign-in";
import { errorReply } from "~/forms/reply.server";
import { createTranslator } from "~/i18n/messages";
import type { RouteArgs } from "./draft-page.server";

/**
 * The second step of signing in, with a code from an authenticator app or a
 * recovery code. Only a session that has passed the password step may be
 * here; anyone else starts again.
 */
export async function requirePasswordStepPassed(request: Request): Promise<ValidatedSession> {
  const pending = await getPendingSession(request, "two_factor");
  if (!pending) throw redirect("/sign-in");
  return pending;
}

/** Signs in with the code, or answers 400 saying why the code was refused; the box always starts empty again. */
export async function signInWithCodeAction(
  { request, context }: RouteArgs,
  schema: typeof totpCodeSchema | typeof recoveryCodeSchema,
  signIn: (client: Client, pending: ValidatedSession, code: string) => Promise<CodeStep>,
  refusals: Record<"invalid" | "replayed", AuthMessageKey>,
) {
  const pending = await requirePasswordStepPassed(request);
  const submission = parseWithZod(await request.formData(), { schema });
  if (submission.status !== "success") return errorReply(submission, { hideFields: ["code"] });
  const result = await signIn(clientOf(request, context), pending, submission.value.code);
  if (result.outcome === "signedIn") {
    return redirectWithSession(safeRedirect(submission.value.redirectTo), result.token);
  }
  const message =
    result.outcome === "throttled"
      ? createTranslator("en")("auth.twoFactor.throttled", { minutes: minutesUntil(result.until) })
      : refusals[result.outcome];
  return errorReply(submission, { fieldErrors: { code: [message] }, hideFields: ["code"] });
}
