import type { Random } from "./random";

/** A version-4-shaped UUID from the seeded generator, so the same seed gives the same ids. */
export function seededUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random.next() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** A valid NHS number (modulus 11 check digit), from a range no real person has. */
export function seededNhsNumber(random: Random): string {
  for (;;) {
    // 999 numbers are reserved for testing and never issued.
    const digits = [9, 9, 9, ...Array.from({ length: 6 }, () => random.integer(0, 9))];
    const total = digits.reduce((sum, digit, index) => sum + digit * (10 - index), 0);
    const check = 11 - (total % 11);
    if (check === 10) continue;
    return [...digits, check === 11 ? 0 : check].join("");
  }
}

/** Postcodes in a made-up "NM" area, valid in form so the portal's validation accepts them. */
export function seededPostcodes(random: Random, count: number): string[] {
  const letters = "ABDEFGHJLNPQRSTUWXYZ";
  return Array.from({ length: count }, () => {
    const district = random.integer(1, 30);
    return `NM${district} ${random.integer(1, 9)}${letters[random.integer(0, 19)]}${letters[random.integer(0, 19)]}`;
  });
}
