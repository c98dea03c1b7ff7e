/**
 * UK postcodes, checked against the letters Royal Mail actually uses in each
 * position, so that common slips (an O for a 0, a missing letter) are caught
 * while the referrer is still on the page rather than when the MASH tries to
 * match an address. BFPO and overseas territory codes are not accepted: a
 * child living at one is an edge case for a phone call, not the form.
 */
const postcodePattern =
  /^(?:GIR0AA|(?:[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]))\d[ABD-HJLNP-UW-Z]{2})$/;

/** Returns the postcode in Royal Mail's form ("SW1A 1AA") if valid, otherwise undefined. */
export function normalisePostcode(input: string): string | undefined {
  const compact = input.replace(/\s+/g, "").toUpperCase();
  if (!postcodePattern.test(compact)) return undefined;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}
