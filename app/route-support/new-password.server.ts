import { parseWithZod } from "@conform-to/zod/v4";
import { passwordProblem } from "~/auth/password-policy.server";
import { newPasswordSchema } from "~/forms/auth/sign-in";
import { errorReply } from "~/forms/reply.server";

/** Neither box is ever sent back: a password is typed again after any error. */
const hideFields = ["password", "confirmPassword"];

/**
 * The password chosen on a page that an emailed link opens (an invitation, a
 * password reset): the two boxes must match and the password must meet the
 * policy. Either the password, or the page's 400 reply saying why not.
 */
export async function readNewPassword(
  request: Request,
): Promise<{ password: string; reply?: undefined } | { reply: ReturnType<typeof errorReply> }> {
  const submission = parseWithZod(await request.formData(), { schema: newPasswordSchema });
  if (submission.status !== "success") return { reply: errorReply(submission, { hideFields }) };
  const problem = passwordProblem(submission.value.password);
  if (problem) return { reply: errorReply(submission, { fieldErrors: { password: [problem] }, hideFields }) };
  return { password: submission.value.password };
}
