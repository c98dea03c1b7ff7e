import { z } from "zod";
import { checkNhsNumber, type NhsNumberPolicy, type NhsNumberProblem } from "~/domain/contact/nhs-number";

/**
 * Whether the NHS's 999 test range is accepted. Accepted unless the server
 * says otherwise: it refuses them at start in production, where such a number
 * is always a mistake. The browser never knows, so there the server's answer
 * is the one that counts.
 */
const policy: NhsNumberPolicy = { testNumbers: "accept" };

export function refuseTestNhsNumbers(): void {
  policy.testNumbers = "refuse";
}

/**
 * An optional NHS number field whose errors are catalogue keys, one for each
 * thing that can be wrong, so the message says what to do about it. Blank is
 * "not known"; a usable number is kept as its 10 digits.
 */
export function optionalNhsNumber<K extends string>(messages: Record<NhsNumberProblem, K>) {
  return z
    .string()
    .transform((value, ctx) => {
      const trimmed = value.trim();
      if (trimmed === "") return undefined;
      const checked = checkNhsNumber(trimmed, policy);
      if (checked.ok) return checked.nhsNumber;
      ctx.addIssue({ code: "custom", message: messages[checked.problem] });
      return z.NEVER;
    })
    .optional();
}
