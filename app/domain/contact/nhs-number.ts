/**
 * NHS numbers are the consistent child identifier the MASH matches records on,
 * so a mistyped or made-up one is worse than none: it would link the wrong
 * child. The modulus 11 check digit catches almost every single-digit slip
 * and swap; the rest of these rules catch numbers that pass it but belong to
 * no child in England or Wales.
 */

/**
 * What can be wrong with an NHS number, in the order it is checked:
 * - `length`: not 10 digits once spaces and dashes are removed;
 * - `placeholder`: every digit the same (0000000000, 4444444444), typed when
 *   the number is not known; some of these even pass the check digit;
 * - `checkDigit`: the modulus 11 check fails;
 * - `testNumber`: from the 999 range the NHS keeps for testing, refused where
 *   test numbers are (in production);
 * - `notIssued`: outside the ranges issued in England and Wales (Scotland's
 *   CHI numbers and Northern Ireland's use others).
 */
export type NhsNumberProblem = "length" | "placeholder" | "checkDigit" | "testNumber" | "notIssued";

export interface NhsNumberPolicy {
  /** "refuse" in production, where a test number is always a mistake; "accept" while testing. */
  testNumbers: "accept" | "refuse";
}

/** The first three digits of numbers issued in England and Wales (400 to 499 million, 600 to 799 million). */
const issuedPrefixes = [
  [400, 499],
  [600, 799],
] as const;
const testPrefix = 999;

export type NhsNumberCheck = { ok: true; nhsNumber: string } | { ok: false; problem: NhsNumberProblem };

/** The 10 digits of a usable NHS number (spaces and dashes allowed in `input`), or what is wrong with it. */
export function checkNhsNumber(input: string, policy: NhsNumberPolicy): NhsNumberCheck {
  const digits = input.replace(/[\s-]/g, "");
  if (!/^\d{10}$/.test(digits)) return { ok: false, problem: "length" };
  if (/^(\d)\1{9}$/.test(digits)) return { ok: false, problem: "placeholder" };
  if (checkDigit(digits.slice(0, 9)) !== Number(digits[9])) return { ok: false, problem: "checkDigit" };
  const prefix = Number(digits.slice(0, 3));
  if (prefix === testPrefix) {
    return policy.testNumbers === "accept" ? { ok: true, nhsNumber: digits } : { ok: false, problem: "testNumber" };
  }
  if (!issuedPrefixes.some(([from, to]) => prefix >= from && prefix <= to)) return { ok: false, problem: "notIssued" };
  return { ok: true, nhsNumber: digits };
}

/** The NHS's own display format, "485 777 3457", which people read back over the phone. */
export function formatNhsNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/** Weights 10 down to 2; 11 minus the remainder, where 11 means 0 and 10 means no number can be valid. */
function checkDigit(firstNine: string): number | undefined {
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += Number(firstNine[index]) * (10 - index);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? undefined : check;
}
