import { checkNhsNumber } from "~/domain/contact/nhs-number";
import { jaroWinkler, normaliseName } from "./names";

/**
 * Which existing person records might be a child named in a contact, how
 * strongly, and why. The database only narrows the field (see
 * `person-matching.server.ts`); these rules decide what a screener is shown,
 * so that a child's history is found despite a misspelt name, a swapped first
 * and last name or a mistyped date of birth, while a sibling at the same
 * address, a twin, or a stranger with the same name is not offered as the same child.
 */

/** The expectant mother of an unborn child, as the referrer or the record names her. */
export interface MotherDetails {
  firstName: string | null;
  lastName: string | null;
  dateOfBirth: string | null;
}

/** What is known of a child in a contact, or of a person on record. Dates are "YYYY-MM-DD". */
export interface MatchDetails {
  firstName: string | null;
  lastName: string;
  dateOfBirth: string | null;
  /** An unborn child has an expected date of delivery instead of a date of birth. */
  expectedDeliveryDate: string | null;
  /** For an unborn (or newborn) child: the mother, the surest way to tell one pregnancy from another. */
  mother: MotherDetails | null;
  sex: string | null;
  nhsNumber: string | null;
  postcode: string | null;
  addressLine1: string | null;
}

export interface MatchCandidate extends MatchDetails {
  id: string;
}

/** Why a candidate was offered, or what counts against it; each is a catalogue key suffix. */
type MatchReason =
  | "nhsNumber"
  | "nameExact"
  | "nameSimilar"
  | "nameSwapped"
  | "dateOfBirthExact"
  | "dateOfBirthClose"
  | "dateOfBirthDayMonthSwapped"
  | "dateOfBirthYearOut"
  | "dateOfBirthDiffers"
  | "expectedDeliveryClose"
  | "bornNearExpectedDelivery"
  | "sameMother"
  | "motherDateOfBirth"
  | "postcode"
  | "sexDiffers";

/**
 * What a screener must resolve before linking, shown above the reasons:
 * - the same NHS number on a record whose name or date of birth is not this
 *   child's: one of the two is wrong, and linking would merge two children;
 * - a child with the same surname, date of birth and address but another
 *   first name: most likely a twin or other multiple birth.
 */
type MatchCaution =
  "nhsNumberConflictName" | "nhsNumberConflictDateOfBirth" | "nhsNumberConflictNameAndDateOfBirth" | "possibleTwin";

export interface ScoredCandidate {
  personId: string;
  /** 0 to 100. */
  score: number;
  /**
   * `strong` and `possible` by score; `conflict` for a shared NHS number with
   * another name or date of birth, which is never offered as the same child.
   */
  strength: "strong" | "possible" | "conflict";
  reasons: MatchReason[];
  caution: MatchCaution | null;
}

export const matchingRules = {
  /** Dates of birth this many days apart still count as close: a slip of the finger on the day. */
  dateOfBirthWindowDays: 3,
  /** Expected dates of delivery move as a pregnancy goes on; this many days apart is still the same pregnancy. */
  expectedDeliveryWindowDays: 28,
  /** A baby can come this many days before the expected date (a premature birth), or this many after. */
  bornBeforeExpectedDays: 70,
  bornAfterExpectedDays: 28,
  /** Below this a candidate is not shown at all. */
  minimumScore: 40,
  /** At or above this a candidate is shown as a strong match. */
  strongScore: 70,
  points: {
    nhsNumber: 50,
    nameAtMost: 30,
    dateOfBirthExact: 25,
    dateOfBirthClose: 15,
    dateOfBirthDayMonthSwapped: 15,
    dateOfBirthYearOut: 15,
    dateOfBirthDiffers: -25,
    expectedDeliveryClose: 20,
    bornNearExpectedDelivery: 20,
    sameMother: 25,
    motherDateOfBirth: 15,
    postcode: 15,
    sexDiffers: -10,
  },
  /** Name similarity (Jaro-Winkler, 0 to 1) at which names start to earn points, and at which they count as similar. */
  nameSimilarityFloor: 0.7,
  nameSimilarEnough: 0.8,
} as const;

const DAY_MS = 86_400_000;

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** "2015-04-03" for "2015-03-04": the day and month typed the wrong way round. */
export function dayMonthSwapped(date: string): string | null {
  const [year, month, day] = date.split("-");
  if (!year || !month || !day || month === day || Number(day) > 12) return null;
  return `${year}-${day}-${month}`;
}

/** The same day and month a year either side ("2015-03-04" for "2016-03-04"): the year mistyped by one. */
export function yearEitherSide(date: string): string[] {
  const year = Number(date.slice(0, 4));
  const monthAndDay = date.slice(4);
  return [year - 1, year + 1].map((other) => `${other}${monthAndDay}`).filter(isCalendarDate);
}

/** `yearEitherSide` for a date that is known to exist, without making dates: it runs for every candidate. */
function yearOutByOne(date: string, other: string): boolean {
  return date.slice(4) === other.slice(4) && Math.abs(Number(date.slice(0, 4)) - Number(other.slice(0, 4))) === 1;
}

/** 29 February exists only in leap years. */
function isCalendarDate(date: string): boolean {
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date;
}

/** An NHS number that could be a child's: a placeholder or a mistyped one says nothing about who this is. */
export function usableNhsNumber(nhsNumber: string | null): string | null {
  if (!nhsNumber) return null;
  const checked = checkNhsNumber(nhsNumber, { testNumbers: "accept" });
  return checked.ok ? checked.nhsNumber : null;
}

type Named = Pick<MatchDetails, "firstName" | "lastName">;
type NormalisedNames = { first: string; last: string; full: string };

/**
 * Each person's names normalised once. A child is scored against a hundred or
 * so candidates, and each pair of names is compared several ways (exactly,
 * straight, swapped, for a twin): normalising them afresh each time (a Unicode
 * decomposition and three replacements) was most of the cost of ranking. Keyed
 * on the details themselves, which are never changed once read, so nothing is
 * kept longer than they are.
 */
const normalisedNames = new WeakMap<Named, NormalisedNames>();

function namesOf(person: Named): NormalisedNames {
  let names = normalisedNames.get(person);
  if (!names) {
    names = {
      first: normaliseName(person.firstName),
      last: normaliseName(person.lastName),
      full: normaliseName(person.firstName, person.lastName),
    };
    normalisedNames.set(person, names);
  }
  return names;
}

/** How alike two names are, read straight and with first and last name swapped. */
export function compareNames(
  subject: Named,
  candidate: Named,
): { similarity: number; swapped: boolean; exact: boolean; firstNamesAlike: boolean } {
  const [mine, theirs] = [namesOf(subject), namesOf(candidate)];
  const exact = mine.full === theirs.full;
  if (!subject.firstName || !candidate.firstName) {
    // An unnamed baby, or a record without a first name: the family name is all there is.
    return { similarity: jaroWinkler(mine.last, theirs.last), swapped: false, exact, firstNamesAlike: true };
  }
  const firsts = jaroWinkler(mine.first, theirs.first);
  const straight = (firsts + jaroWinkler(mine.last, theirs.last)) / 2;
  const swapped = (jaroWinkler(mine.first, theirs.last) + jaroWinkler(mine.last, theirs.first)) / 2;
  return swapped > straight
    ? { similarity: swapped, swapped: true, exact: false, firstNamesAlike: true }
    : { similarity: straight, swapped: false, exact, firstNamesAlike: firsts >= matchingRules.nameSimilarEnough };
}

const sameText = (a: string | null, b: string | null) =>
  !!a && !!b && a.replace(/\s+/g, "").toUpperCase() === b.replace(/\s+/g, "").toUpperCase();

/** The same postcode, and the same first line of the address where both give one. */
function sameAddress(subject: MatchDetails, candidate: MatchDetails): boolean {
  if (!sameText(subject.postcode, candidate.postcode)) return false;
  return !subject.addressLine1 || !candidate.addressLine1 || sameText(subject.addressLine1, candidate.addressLine1);
}

/** Same surname, date of birth and address, another first name: a twin is more likely than a typing slip. */
function possibleTwin(subject: MatchDetails, candidate: MatchDetails): boolean {
  return (
    !!subject.firstName &&
    !!candidate.firstName &&
    namesOf(subject).first !== namesOf(candidate).first &&
    namesOf(subject).last === namesOf(candidate).last &&
    !!subject.dateOfBirth &&
    subject.dateOfBirth === candidate.dateOfBirth &&
    sameAddress(subject, candidate)
  );
}

type Tally = { score: number; reasons: MatchReason[] };

function add(tally: Tally, reason: MatchReason & keyof typeof matchingRules.points): void {
  tally.score += matchingRules.points[reason];
  tally.reasons.push(reason);
}

/** Born children: dates of birth compared, a slip on the day, day and month swapped, or the year out by one. */
function scoreDatesOfBirth(tally: Tally, subject: string, candidate: string): void {
  const apart = Math.abs(daysFrom(subject, candidate));
  if (apart === 0) add(tally, "dateOfBirthExact");
  else if (apart <= matchingRules.dateOfBirthWindowDays) add(tally, "dateOfBirthClose");
  else if (dayMonthSwapped(subject) === candidate) add(tally, "dateOfBirthDayMonthSwapped");
  else if (yearOutByOne(subject, candidate)) add(tally, "dateOfBirthYearOut");
  else add(tally, "dateOfBirthDiffers");
}

/** Whether a baby born on `dateOfBirth` could be the one expected on `expected`. */
function bornNear(expected: string, dateOfBirth: string): boolean {
  const days = daysFrom(expected, dateOfBirth);
  return days >= -matchingRules.bornBeforeExpectedDays && days <= matchingRules.bornAfterExpectedDays;
}

/**
 * An unborn child on either side: the pregnancy is matched on the expected
 * date of delivery (or a birth near it) and the mother, never on a family
 * name and postcode alone, which an older brother or sister shares. False when
 * the two cannot be the same child.
 */
function scorePregnancy(tally: Tally, subject: MatchDetails, candidate: MatchDetails): boolean {
  const { expectedDeliveryWindowDays } = matchingRules;
  if (subject.expectedDeliveryDate && candidate.expectedDeliveryDate) {
    if (Math.abs(daysFrom(subject.expectedDeliveryDate, candidate.expectedDeliveryDate)) > expectedDeliveryWindowDays) {
      return false;
    }
    add(tally, "expectedDeliveryClose");
  } else {
    const expected = subject.expectedDeliveryDate ?? candidate.expectedDeliveryDate;
    const born = subject.dateOfBirth ?? candidate.dateOfBirth;
    if (!expected || !born || !bornNear(expected, born)) return false;
    add(tally, "bornNearExpectedDelivery");
  }
  const [mine, theirs] = [subject.mother, candidate.mother];
  if (mine?.lastName && theirs?.lastName) {
    const mothers = compareNames(
      { firstName: mine.firstName, lastName: mine.lastName },
      { firstName: theirs.firstName, lastName: theirs.lastName },
    );
    // Another mother is another pregnancy, however close the dates.
    if (mothers.similarity < matchingRules.nameSimilarEnough || !mothers.firstNamesAlike) return false;
    add(tally, "sameMother");
  }
  if (mine?.dateOfBirth && theirs?.dateOfBirth) {
    if (mine.dateOfBirth !== theirs.dateOfBirth) return false;
    add(tally, "motherDateOfBirth");
  }
  return true;
}

const isUnborn = (details: MatchDetails) => !details.dateOfBirth && !!details.expectedDeliveryDate;

/** Null when the candidate is too unlike the child to show. */
export function scoreCandidate(subject: MatchDetails, candidate: MatchCandidate): ScoredCandidate | null {
  const tally: Tally = { score: 0, reasons: [] };

  const [subjectNhs, candidateNhs] = [usableNhsNumber(subject.nhsNumber), usableNhsNumber(candidate.nhsNumber)];
  // Two different NHS numbers are two different children, however alike the rest.
  if (subjectNhs && candidateNhs && subjectNhs !== candidateNhs) return null;
  const sameNhsNumber = !!subjectNhs && subjectNhs === candidateNhs;
  if (sameNhsNumber) add(tally, "nhsNumber");

  const names = compareNames(subject, candidate);
  const nameShare = (names.similarity - matchingRules.nameSimilarityFloor) / (1 - matchingRules.nameSimilarityFloor);
  tally.score += Math.round(matchingRules.points.nameAtMost * Math.min(1, Math.max(0, nameShare)));
  if (names.exact) tally.reasons.push("nameExact");
  else if (names.swapped && names.similarity >= matchingRules.nameSimilarEnough) tally.reasons.push("nameSwapped");
  else if (names.similarity >= matchingRules.nameSimilarEnough) tally.reasons.push("nameSimilar");

  if (isUnborn(subject) || isUnborn(candidate)) {
    if (!scorePregnancy(tally, subject, candidate) && !sameNhsNumber) return null;
  } else if (subject.dateOfBirth && candidate.dateOfBirth) {
    scoreDatesOfBirth(tally, subject.dateOfBirth, candidate.dateOfBirth);
  }

  if (sameText(subject.postcode, candidate.postcode)) add(tally, "postcode");

  const knownSex = (sex: string | null) => sex === "female" || sex === "male";
  if (knownSex(subject.sex) && knownSex(candidate.sex) && subject.sex !== candidate.sex) add(tally, "sexDiffers");

  const score = Math.min(100, Math.max(0, tally.score));
  const caution = sameNhsNumber ? nhsNumberConflict(subject, candidate, names) : null;
  if (caution) return { personId: candidate.id, score, strength: "conflict", reasons: tally.reasons, caution };
  // A name that is nothing alike is never the same child, unless the NHS number says so.
  if (!sameNhsNumber && names.similarity < matchingRules.nameSimilarityFloor) return null;
  if (score < matchingRules.minimumScore) return null;
  if (possibleTwin(subject, candidate)) {
    return { personId: candidate.id, score, strength: "possible", reasons: tally.reasons, caution: "possibleTwin" };
  }
  return {
    personId: candidate.id,
    score,
    // An NHS number is checked by its check digit: the same number, name and date of birth is the same child.
    strength: score >= matchingRules.strongScore || sameNhsNumber ? "strong" : "possible",
    reasons: tally.reasons,
    caution: null,
  };
}

/** The same NHS number is only the same child when the name and date of birth agree too. */
function nhsNumberConflict(
  subject: MatchDetails,
  candidate: MatchDetails,
  names: ReturnType<typeof compareNames>,
): MatchCaution | null {
  const nameDiffers = !names.exact && (names.similarity < matchingRules.nameSimilarEnough || !names.firstNamesAlike);
  const dateOfBirthDiffers =
    !!subject.dateOfBirth && !!candidate.dateOfBirth && subject.dateOfBirth !== candidate.dateOfBirth;
  if (nameDiffers && dateOfBirthDiffers) return "nhsNumberConflictNameAndDateOfBirth";
  if (nameDiffers) return "nhsNumberConflictName";
  if (dateOfBirthDiffers) return "nhsNumberConflictDateOfBirth";
  return null;
}

/**
 * The candidates worth showing: those that may be the same child first, best
 * first; then those with a caution (a conflicting NHS number, a possible
 * twin), which are never ranked as the same child.
 */
export function rankCandidates(
  subject: MatchDetails,
  candidates: readonly MatchCandidate[],
  limit = 5,
): ScoredCandidate[] {
  return candidates
    .map((candidate) => scoreCandidate(subject, candidate))
    .filter((scored): scored is ScoredCandidate => scored !== null)
    .sort(
      (a, b) =>
        Number(a.caution !== null) - Number(b.caution !== null) ||
        b.score - a.score ||
        a.personId.localeCompare(b.personId),
    )
    .slice(0, limit);
}
