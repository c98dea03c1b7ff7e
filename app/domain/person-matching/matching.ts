import { jaroWinkler, normaliseName } from "./names";

/**
 * Which existing person records might be a child named in a contact, how
 * strongly, and why. The database only narrows the field (see
 * `person-matching.server.ts`); these rules decide what a screener is shown,
 * so that a child's history is found despite a misspelt name, a swapped first
 * and last name or a mistyped date of birth, while a sibling at the same
 * address or a stranger with the same name is not offered as the same child.
 */

/** What is known of a child in a contact, or of a person on record. Dates are "YYYY-MM-DD". */
export interface MatchDetails {
  firstName: string | null;
  lastName: string;
  dateOfBirth: string | null;
  sex: string | null;
  nhsNumber: string | null;
  postcode: string | null;
}

export interface MatchCandidate extends MatchDetails {
  id: string;
}

/** Why a candidate was offered, or what counts against it; each is a catalogue key suffix. */
export type MatchReason =
  | "nhsNumber"
  | "nhsNumberDiffers"
  | "nameExact"
  | "nameSimilar"
  | "nameSwapped"
  | "dateOfBirthExact"
  | "dateOfBirthClose"
  | "dateOfBirthDayMonthSwapped"
  | "dateOfBirthDiffers"
  | "postcode"
  | "sexDiffers";

export interface ScoredCandidate {
  personId: string;
  /** 0 to 100. */
  score: number;
  strength: "strong" | "possible";
  reasons: MatchReason[];
}

export const matchingRules = {
  /** Dates of birth this many days apart still count as close: a slip of the finger on the day. */
  dateOfBirthWindowDays: 3,
  /** Below this a candidate is not shown at all. */
  minimumScore: 40,
  /** At or above this a candidate is shown as a strong match. */
  strongScore: 70,
  points: {
    nhsNumber: 50,
    nhsNumberDiffers: -40,
    nameAtMost: 30,
    dateOfBirthExact: 25,
    dateOfBirthClose: 15,
    dateOfBirthDayMonthSwapped: 15,
    dateOfBirthDiffers: -25,
    postcode: 15,
    sexDiffers: -10,
  },
  /** Name similarity (Jaro-Winkler, 0 to 1) at which names start to earn points, and at which they count as similar. */
  nameSimilarityFloor: 0.7,
  nameSimilarEnough: 0.8,
} as const;

const DAY_MS = 86_400_000;

function daysBetween(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS);
}

/** "2015-04-03" for "2015-03-04": the day and month typed the wrong way round. */
export function dayMonthSwapped(date: string): string | null {
  const [year, month, day] = date.split("-");
  if (!year || !month || !day || month === day || Number(day) > 12) return null;
  return `${year}-${day}-${month}`;
}

function similarity(a: string, b: string): number {
  return jaroWinkler(normaliseName(a), normaliseName(b));
}

/** How alike two names are, read straight and with first and last name swapped. */
export function compareNames(
  subject: Pick<MatchDetails, "firstName" | "lastName">,
  candidate: Pick<MatchDetails, "firstName" | "lastName">,
): { similarity: number; swapped: boolean; exact: boolean } {
  const exact =
    normaliseName(subject.firstName, subject.lastName) === normaliseName(candidate.firstName, candidate.lastName);
  if (!subject.firstName || !candidate.firstName) {
    // An unnamed baby, or a record without a first name: the family name is all there is.
    return { similarity: similarity(subject.lastName, candidate.lastName), swapped: false, exact };
  }
  const straight =
    (similarity(subject.firstName, candidate.firstName) + similarity(subject.lastName, candidate.lastName)) / 2;
  const swapped =
    (similarity(subject.firstName, candidate.lastName) + similarity(subject.lastName, candidate.firstName)) / 2;
  return swapped > straight
    ? { similarity: swapped, swapped: true, exact: false }
    : { similarity: straight, swapped: false, exact };
}

/** Null when the candidate is too unlike the child to show. */
export function scoreCandidate(subject: MatchDetails, candidate: MatchCandidate): ScoredCandidate | null {
  const { points } = matchingRules;
  const reasons: MatchReason[] = [];
  let score = 0;

  if (subject.nhsNumber && candidate.nhsNumber) {
    if (subject.nhsNumber === candidate.nhsNumber) {
      score += points.nhsNumber;
      reasons.push("nhsNumber");
    } else {
      score += points.nhsNumberDiffers;
      reasons.push("nhsNumberDiffers");
    }
  }

  const names = compareNames(subject, candidate);
  const nameShare = (names.similarity - matchingRules.nameSimilarityFloor) / (1 - matchingRules.nameSimilarityFloor);
  score += Math.round(points.nameAtMost * Math.min(1, Math.max(0, nameShare)));
  if (names.exact) reasons.push("nameExact");
  else if (names.swapped && names.similarity >= matchingRules.nameSimilarEnough) reasons.push("nameSwapped");
  else if (names.similarity >= matchingRules.nameSimilarEnough) reasons.push("nameSimilar");

  if (subject.dateOfBirth && candidate.dateOfBirth) {
    const apart = daysBetween(subject.dateOfBirth, candidate.dateOfBirth);
    if (apart === 0) {
      score += points.dateOfBirthExact;
      reasons.push("dateOfBirthExact");
    } else if (apart <= matchingRules.dateOfBirthWindowDays) {
      score += points.dateOfBirthClose;
      reasons.push("dateOfBirthClose");
    } else if (dayMonthSwapped(subject.dateOfBirth) === candidate.dateOfBirth) {
      score += points.dateOfBirthDayMonthSwapped;
      reasons.push("dateOfBirthDayMonthSwapped");
    } else {
      score += points.dateOfBirthDiffers;
      reasons.push("dateOfBirthDiffers");
    }
  }

  if (subject.postcode && candidate.postcode && samePostcode(subject.postcode, candidate.postcode)) {
    score += points.postcode;
    reasons.push("postcode");
  }

  const knownSex = (sex: string | null) => sex === "female" || sex === "male";
  if (knownSex(subject.sex) && knownSex(candidate.sex) && subject.sex !== candidate.sex) {
    score += points.sexDiffers;
    reasons.push("sexDiffers");
  }

  // Two different NHS numbers are two different children, however alike the rest.
  if (reasons.includes("nhsNumberDiffers")) return null;
  // A name that is nothing alike is never the same child, unless the NHS number says so.
  if (!reasons.includes("nhsNumber") && names.similarity < matchingRules.nameSimilarityFloor) return null;
  score = Math.min(100, Math.max(0, score));
  if (score < matchingRules.minimumScore) return null;
  return {
    personId: candidate.id,
    score,
    // An NHS number is checked by its check digit: the same number is the same child, whatever else was mistyped.
    strength: score >= matchingRules.strongScore || reasons.includes("nhsNumber") ? "strong" : "possible",
    reasons,
  };
}

/** The candidates worth showing, best first. */
export function rankCandidates(
  subject: MatchDetails,
  candidates: readonly MatchCandidate[],
  limit = 5,
): ScoredCandidate[] {
  return candidates
    .map((candidate) => scoreCandidate(subject, candidate))
    .filter((scored): scored is ScoredCandidate => scored !== null)
    .sort((a, b) => b.score - a.score || a.personId.localeCompare(b.personId))
    .slice(0, limit);
}

function samePostcode(a: string, b: string): boolean {
  return a.replace(/\s+/g, "").toUpperCase() === b.replace(/\s+/g, "").toUpperCase();
}
