/**
 * NHS numbers are the consistent child identifier the MASH matches records on,
 * so a mistyped one is worse than none: it would link the wrong child. The
 * modulus 11 check digit catches almost every single-digit slip and swap.
 */

/** Returns the 10 digits if `input` is a valid NHS number (spaces and dashes allowed), otherwise undefined. */
export function normaliseNhsNumber(input: string): string | undefined {
  const digits = input.replace(/[\s-]/g, "");
  if (!/^\d{10}$/.test(digits)) return undefined;
  return checkDigit(digits.slice(0, 9)) === Number(digits[9]) ? digits : undefined;
}

/** Whether the input has the right shape (10 digits once spaces and dashes are removed), so a form can tell "too short" from "wrong". */
export function hasNhsNumberShape(input: string): boolean {
  return /^\d{10}$/.test(input.replace(/[\s-]/g, ""));
}

/** The NHS's own display format, "943 476 5919", which people read back over the phone. */
export function formatNhsNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/** Weights 10 down to 2; 11 minus the remainder, where 11 means 0 and 10 means no number can be valid. */
function checkDigit(firstNine: string): number | undefined {
  const sum = [...firstNine].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? undefined : check;
}
