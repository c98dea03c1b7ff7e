/**
 * Names as the matcher compares them: referrers type "O’Brien", "o'brien" and
 * "OBrien", "Zoë" and "Zoe", for the same child.
 */
export function normaliseName(...parts: (string | null | undefined)[]): string {
  const joined = parts.filter((part): part is string => !!part).join(" ");
  // Most names are plain letters and single spaces, which the rules below would only lower-case: the matcher
  // normalises a hundred or so candidates' names for each child, so those skip the Unicode work.
  if (plainName.test(joined)) return joined.toLowerCase();
  return joined
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const plainName = /^[A-Za-z]+( [A-Za-z]+)*$/;

/**
 * Which characters of each name have found their match, in two arrays that
 * every comparison clears and reuses: ranking a child's candidates compares
 * names several hundred times, and two new arrays each time were a sixth of
 * the garbage it made. Safe to share: a comparison never yields midway.
 */
let aMatched = new Uint8Array(32);
let bMatched = new Uint8Array(32);

/**
 * Jaro-Winkler similarity, 0 (nothing alike) to 1 (identical): the usual
 * measure for person names in record linkage, kind to the typing slips and
 * spelling variants of short names ("Jon" for "John", "Smyth" for "Smith")
 * that trigram similarity scores harshly.
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  if (aMatched.length < a.length) aMatched = new Uint8Array(2 * a.length);
  if (bMatched.length < b.length) bMatched = new Uint8Array(2 * b.length);
  aMatched.fill(0, 0, a.length);
  bMatched.fill(0, 0, b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = 1;
      bMatched[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
