import type { z } from "zod";
import { addAnotherAdultSchema, addAnotherChildSchema, type AddAnotherAnswers } from "~/forms/contact/add-another";
import { adultSchema, type AdultAnswers } from "~/forms/contact/adult";
import { childSchema, type ChildAnswers } from "~/forms/contact/child";
import { concernSchema, type ConcernAnswers } from "~/forms/contact/concern";
import { consentSchema, type ConsentAnswers } from "~/forms/contact/consent";
import { descriptorsSchema, type DescriptorsAnswers } from "~/forms/contact/descriptors";
import { emergencyCallsSchema, type EmergencyCallsAnswers } from "~/forms/contact/emergency-calls";
import { immediateDangerSchema, type ImmediateDangerAnswers } from "~/forms/contact/immediate-danger";
import { intakeSchema, type IntakeAnswers } from "~/forms/contact/intake";
import { levelSchema, proposedLevel, type LevelAnswers } from "~/forms/contact/level";
import { referrerSchema, type ReferrerAnswers } from "~/forms/contact/referrer";
import { findLevel, type ThresholdDocument } from "~/domain/thresholds/document";
import { suggestLevel, type LevelSuggestion } from "~/domain/thresholds/suggested-level";

/**
 * The contact journey as a graph of pages with conditions on the answers, kept
 * apart from the pages themselves (as DWP's CASA does). A draft holds each
 * page's parsed answers; nothing here trusts that they are still valid. Every
 * question below (task list, next page, ready to submit) re-runs the pages'
 * own schemas, because answers go stale: a new threshold document drops a
 * descriptor, a changed descriptor moves the suggested level, a changed level
 * changes whether consent is needed.
 */

export interface ContactDraftAnswers {
  /**
   * Only on a contact the MASH records (taken by phone, email, letter, in
   * person or as a police notification): who contacted, how, and when it was
   * received. Its presence makes the draft the MASH's; the rest of the
   * journey is the partner's own. A professional's details then go on the
   * referrer page; a named individual's and an anonymous caller's do not.
   */
  intake?: IntakeAnswers;
  immediateDanger?: ImmediateDangerAnswers;
  emergencyCalls?: EmergencyCallsAnswers;
  referrer?: ReferrerAnswers;
  children: ChildAnswers[];
  addAnotherChild?: AddAnotherAnswers;
  adults: AdultAnswers[];
  /** `{ addAnother: "no" }` is the referrer saying there are no (more) adults: the only way the section completes with none. */
  addAnotherAdult?: AddAnotherAnswers;
  descriptors?: DescriptorsAnswers;
  concern?: ConcernAnswers;
  level?: LevelAnswers;
  consent?: ConsentAnswers;
}

export interface JourneyContext {
  /** The threshold document in force, whose descriptors, levels and suggestion rule the answers are checked against. */
  document: ThresholdDocument;
}

const sectionIds = [
  "immediate-danger",
  "your-details",
  "children",
  "adults",
  "concern",
  "level",
  "consent",
  "check-and-submit",
] as const;
export type SectionId = (typeof sectionIds)[number];

export type SectionStatus = "cannot-start-yet" | "not-started" | "in-progress" | "completed";

/** `child` and `adult` pages repeat; `index` equal to the number saved so far means "add a new one". */
export type QuestionPageRef =
  | {
      page:
        | "intake"
        | "immediate-danger"
        | "emergency-calls"
        | "referrer"
        | "children"
        | "adults"
        | "descriptors"
        | "concern"
        | "level"
        | "consent"
        | "check-answers";
    }
  | { page: "child" | "adult"; index: number };

/** The task list is the hub the journey returns to when the natural next page cannot be started yet. */
export type PageRef = QuestionPageRef | { page: "task-list" };

export interface TaskListSection {
  id: SectionId;
  /** "Who contacted the MASH" in place of "Your details" on a contact the MASH records. */
  titleKey: `contact.taskList.section.${SectionId}` | "contact.taskList.section.who-contacted";
  status: SectionStatus;
  statusKey: `contact.taskList.status.${SectionStatus}`;
  /** Where the section's link goes: the first page still needing an answer, or the section's first page. */
  page: PageRef;
}

/** Field errors named as Conform names them ("address.postcode", "items[0].name", "" for the whole page), to message keys. */
type FieldIssues = Record<string, string[]>;

export interface PageProblem {
  page: PageRef;
  section: SectionId;
  /** `incomplete` with no issues: answered, but not finished (an "add another" answered "yes", or a page whose prerequisites changed). */
  state: "unanswered" | "incomplete";
  issues: FieldIssues;
}

export interface CompleteContact {
  intake?: IntakeAnswers;
  immediateDanger: ImmediateDangerAnswers;
  emergencyCalls?: EmergencyCallsAnswers;
  /** Absent only on a contact the MASH recorded from a named individual or an anonymous caller. */
  referrer?: ReferrerAnswers;
  children: ChildAnswers[];
  adults: AdultAnswers[];
  descriptors: DescriptorsAnswers;
  concern: ConcernAnswers;
  level: LevelAnswers;
  consent: ConsentAnswers;
  /** The threshold document the descriptors and level were chosen from. */
  thresholdDocumentVersion: string;
}

export type CompleteContactResult =
  { ok: true; contact: CompleteContact; suggestion: LevelSuggestion } | { ok: false; problems: PageProblem[] };

export function taskList(answers: ContactDraftAnswers, context: JourneyContext): TaskListSection[] {
  const pages = evaluatePages(answers, context);
  const statuses = sectionStatuses(pages);
  return sectionIds.map((id) => {
    const status = statuses[id];
    const sectionPages = pages.filter((page) => page.section === id);
    const needingAnswer =
      status === "in-progress" ? sectionPages.find((page) => page.result.state !== "complete") : undefined;
    return {
      id,
      titleKey:
        id === "your-details" && answers.intake !== undefined
          ? "contact.taskList.section.who-contacted"
          : `contact.taskList.section.${id}`,
      status,
      statusKey: `contact.taskList.status.${status}`,
      page: needingAnswer?.ref ?? sectionEntryPage(id, answers),
    };
  });
}

/**
 * The page to show after `current` has been saved. Follows the journey's
 * natural order, so someone working straight through never sees the task list;
 * a page that cannot be started yet (most importantly, everything after an
 * unrecorded emergency call) sends them to the task list instead. Returns null
 * after "check answers", where the next step is submitting.
 */
export function nextPage(
  answers: ContactDraftAnswers,
  current: QuestionPageRef,
  context: JourneyContext,
): PageRef | null {
  const candidate = followingPage(answers, current);
  if (candidate === null) return null;
  return isPageAvailable(answers, candidate, context) ? candidate : { page: "task-list" };
}

/** For route guards: whether the page can be shown now, given the answers so far. */
export function isPageAvailable(answers: ContactDraftAnswers, ref: PageRef, context: JourneyContext): boolean {
  if (ref.page === "task-list") return true;
  const section = sectionOf(ref);
  if (sectionStatuses(evaluatePages(answers, context))[section] === "cannot-start-yet") return false;
  const entry = journeyPage(ref.page);
  if (!entry.applies(answers)) return false;
  if (!("index" in ref)) return true;
  // A repeating page opens for each one saved so far, or the next new one.
  return Number.isInteger(ref.index) && ref.index >= 0 && ref.index <= (entry.repeats?.(answers) ?? 0);
}

export function isReadyToSubmit(answers: ContactDraftAnswers, context: JourneyContext): boolean {
  return validateCompleteContact(answers, context).ok;
}

/** Re-validates every page that applies with the same schemas the pages use; the last check before submitting. */
export function validateCompleteContact(answers: ContactDraftAnswers, context: JourneyContext): CompleteContactResult {
  const checks = checkPages(answers, context);
  const problems = listPages(checks, answers).flatMap(({ ref, section, result }): PageProblem[] =>
    result.state === "complete"
      ? []
      : [{ page: ref, section, state: result.state, issues: result.state === "incomplete" ? result.issues : {} }],
  );
  const { intake, immediateDanger, emergencyCalls, referrer, children, adults, descriptors, concern, level, consent } =
    checks;
  if (
    problems.length > 0 ||
    (intake && intake.state !== "complete") ||
    immediateDanger.state !== "complete" ||
    (referrer && referrer.state !== "complete") ||
    descriptors.state !== "complete" ||
    concern.state !== "complete" ||
    level?.state !== "complete" ||
    consent?.state !== "complete"
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    contact: {
      ...(intake?.state === "complete" ? { intake: intake.value } : {}),
      immediateDanger: immediateDanger.value,
      ...(emergencyCalls?.state === "complete" ? { emergencyCalls: emergencyCalls.value } : {}),
      ...(referrer?.state === "complete" ? { referrer: referrer.value } : {}),
      children: children.flatMap((child) => (child.state === "complete" ? [child.value] : [])),
      adults: adults.flatMap((adult) => (adult.state === "complete" ? [adult.value] : [])),
      descriptors: descriptors.value,
      concern: concern.value,
      level: level.value,
      consent: consent.value,
      thresholdDocumentVersion: context.document.version,
    },
    suggestion: checks.suggestion,
  };
}

/** The suggestion the level page shows, from the descriptors as they stand; `none` until valid descriptors are saved. */
export function suggestionFor(answers: ContactDraftAnswers, context: JourneyContext): LevelSuggestion {
  return checkPages(answers, context).suggestion;
}

/** Whether the consent page must ask for consent: decided by the level the referrer proposed; undefined until that is settled. */
export function consentRequiredFor(answers: ContactDraftAnswers, context: JourneyContext): boolean | undefined {
  return checkPages(answers, context).consentRequired;
}

type Check<T> =
  { state: "unanswered" } | { state: "incomplete"; issues: FieldIssues } | { state: "complete"; value: T };

interface PageChecks {
  /** Only on a draft the MASH is recording. */
  intake?: Check<IntakeAnswers>;
  immediateDanger: Check<ImmediateDangerAnswers>;
  emergencyCalls?: Check<EmergencyCallsAnswers>;
  /** Undefined where the referrer page does not apply (`referrerApplies`). */
  referrer?: Check<ReferrerAnswers>;
  children: Check<ChildAnswers>[];
  addAnotherChild: Check<AddAnotherAnswers>;
  adults: Check<AdultAnswers>[];
  addAnotherAdult: Check<AddAnotherAnswers>;
  descriptors: Check<DescriptorsAnswers>;
  concern: Check<ConcernAnswers>;
  /** Undefined when the page's schema cannot be built yet (no suggestion, or no settled level for consent). */
  level?: Check<LevelAnswers>;
  consent?: Check<ConsentAnswers>;
  suggestion: LevelSuggestion;
  consentRequired?: boolean;
}

interface EvaluatedPage {
  ref: PageRef;
  section: SectionId;
  result: Check<unknown>;
}

function check<T>(schema: z.ZodType<T>, value: unknown): Check<T> {
  if (value === undefined) return { state: "unanswered" };
  const result = schema.safeParse(value);
  if (result.success) return { state: "complete", value: result.data };
  const issues: FieldIssues = {};
  for (const issue of result.error.issues) {
    const name = issue.path.reduce<string>(
      (prefix, segment) =>
        typeof segment === "number"
          ? `${prefix}[${segment}]`
          : prefix
            ? `${prefix}.${String(segment)}`
            : String(segment),
      "",
    );
    (issues[name] ??= []).push(issue.message);
  }
  return { state: "incomplete", issues };
}

/** An "add another" page is only complete once answered "no": a "yes" means an entry is still to come. */
function checkAddAnother(
  schema: z.ZodType<AddAnotherAnswers>,
  value: AddAnotherAnswers | undefined,
): Check<AddAnotherAnswers> {
  const result = check(schema, value);
  return result.state === "complete" && result.value.addAnother === "yes"
    ? { state: "incomplete", issues: {} }
    : result;
}

function checkPages(answers: ContactDraftAnswers, context: JourneyContext): PageChecks {
  const immediateDanger = check(immediateDangerSchema, answers.immediateDanger);
  const inDanger = immediateDanger.state === "complete" && immediateDanger.value.immediateDanger === "yes";
  const descriptors = check(descriptorsSchema(context.document), answers.descriptors);
  const suggestion: LevelSuggestion =
    descriptors.state === "complete"
      ? suggestLevel(context.document, descriptors.value.descriptorIds)
      : { outcome: "none", unknownIds: [] };
  const level =
    suggestion.outcome !== "none"
      ? check(
          levelSchema({
            levels: context.document.levels.map((entry) => entry.level),
            suggestedLevel: suggestion.level.level,
          }),
          answers.level,
        )
      : undefined;
  const consentRequired =
    level?.state === "complete" ? findLevel(context.document, proposedLevel(level.value))?.consentRequired : undefined;

  return {
    ...(answers.intake !== undefined ? { intake: check(intakeSchema, answers.intake) } : {}),
    immediateDanger,
    ...(inDanger ? { emergencyCalls: check(emergencyCallsSchema, answers.emergencyCalls) } : {}),
    ...(referrerApplies(answers) ? { referrer: check(referrerSchema, answers.referrer) } : {}),
    children:
      answers.children.length > 0
        ? answers.children.map((child) => check(childSchema, child))
        : [{ state: "unanswered" }],
    addAnotherChild: checkAddAnother(addAnotherChildSchema, answers.addAnotherChild),
    adults: answers.adults.map((adult) => check(adultSchema, adult)),
    addAnotherAdult: checkAddAnother(addAnotherAdultSchema, answers.addAnotherAdult),
    descriptors,
    concern: check(concernSchema, answers.concern),
    ...(level ? { level } : {}),
    ...(consentRequired === undefined
      ? {}
      : { consent: check(consentSchema({ consentRequired }), answers.consent), consentRequired }),
    suggestion,
  };
}

/**
 * The referrer page (name, role, organisation, phone, email) is a
 * professional's: every partner's contact, and one the MASH records from a
 * professional. A named individual's details are on the intake page; an
 * anonymous caller has none.
 */
function referrerApplies(answers: ContactDraftAnswers): boolean {
  return answers.intake === undefined || answers.intake.referrerKind === "professional";
}

/** A page whose schema cannot be built yet still counts: answered-but-unchecked is not complete. */
function uncheckable(value: unknown): Check<never> {
  return value === undefined ? { state: "unanswered" } : { state: "incomplete", issues: {} };
}

/** The pages that apply to these answers, in journey order, each with its section from the journey table. */
function listPages(checks: PageChecks, answers: ContactDraftAnswers): EvaluatedPage[] {
  const pages: { ref: QuestionPageRef; result: Check<unknown> }[] = [
    { ref: { page: "immediate-danger" }, result: checks.immediateDanger },
    ...(checks.emergencyCalls ? [{ ref: { page: "emergency-calls" } as const, result: checks.emergencyCalls }] : []),
    ...(checks.intake ? [{ ref: { page: "intake" } as const, result: checks.intake }] : []),
    ...(checks.referrer ? [{ ref: { page: "referrer" } as const, result: checks.referrer }] : []),
    ...checks.children.map((result, index) => ({ ref: { page: "child", index } as const, result })),
    ...(answers.children.length > 0 ? [{ ref: { page: "children" } as const, result: checks.addAnotherChild }] : []),
    { ref: { page: "adults" }, result: checks.addAnotherAdult },
    ...checks.adults.map((result, index) => ({ ref: { page: "adult", index } as const, result })),
    { ref: { page: "descriptors" }, result: checks.descriptors },
    { ref: { page: "concern" }, result: checks.concern },
    { ref: { page: "level" }, result: checks.level ?? uncheckable(answers.level) },
    { ref: { page: "consent" }, result: checks.consent ?? uncheckable(answers.consent) },
  ];
  return pages.map((page) => ({ ...page, section: sectionOf(page.ref) }));
}

function evaluatePages(answers: ContactDraftAnswers, context: JourneyContext): EvaluatedPage[] {
  return listPages(checkPages(answers, context), answers);
}

/**
 * Nothing can start until immediate danger is dealt with (answered "no", or
 * "yes" with both calls recorded). The level needs saved descriptors to
 * suggest from; consent needs a settled level to know whether it is required;
 * checking answers needs everything else.
 */
function sectionStatuses(pages: EvaluatedPage[]): Record<SectionId, SectionStatus> {
  const progress = (section: SectionId): SectionStatus => {
    const states = pages.filter((page) => page.section === section).map((page) => page.result.state);
    if (states.every((state) => state === "complete")) return "completed";
    if (states.every((state) => state === "unanswered")) return "not-started";
    return "in-progress";
  };
  const descriptorsSaved = pages.some((page) => page.ref.page === "descriptors" && page.result.state === "complete");

  const statuses = {} as Record<SectionId, SectionStatus>;
  statuses["immediate-danger"] = progress("immediate-danger");
  const safeToStart = statuses["immediate-danger"] === "completed";
  for (const section of ["your-details", "children", "adults", "concern"] as const) {
    statuses[section] = safeToStart ? progress(section) : "cannot-start-yet";
  }
  statuses.level = safeToStart && descriptorsSaved ? progress("level") : "cannot-start-yet";
  statuses.consent = statuses.level === "completed" ? progress("consent") : "cannot-start-yet";
  const everythingDone = sectionIds.every(
    (section) => section === "check-and-submit" || statuses[section] === "completed",
  );
  statuses["check-and-submit"] = everythingDone ? "not-started" : "cannot-start-yet";
  return statuses;
}

type QuestionPage = QuestionPageRef["page"];

type RepeatingPage = "child" | "adult";

type JourneyPage = JourneyPageFacts &
  (
    | { page: Exclude<QuestionPage, RepeatingPage>; repeats?: undefined }
    | {
        page: RepeatingPage;
        /** How many are saved; one more is "add a new one". */
        repeats: (answers: ContactDraftAnswers) => number;
      }
  );

interface JourneyPageFacts {
  /** Its address under the draft (/contacts/drafts/{id}/{segment}); a repeating page adds its number. */
  segment: string;
  section: SectionId;
  /** Whether the page is part of this contact's journey; one that is not cannot be opened. */
  applies: (answers: ContactDraftAnswers) => boolean;
  /** The page after this one once it is saved; null after checking answers, where the next step is submitting. */
  next: (answers: ContactDraftAnswers) => PageRef | null;
}

const always = () => true;

function childrenEntry(answers: ContactDraftAnswers): PageRef {
  return answers.children.length > 0 ? { page: "children" } : { page: "child", index: 0 };
}

/** A partner gives their own details next; the MASH has already said who contacted, and takes a professional's details. */
function afterImmediateDanger(answers: ContactDraftAnswers): PageRef {
  return referrerApplies(answers) ? { page: "referrer" } : childrenEntry(answers);
}

/**
 * The journey's pages, declared once in the order a section's pages are
 * offered: where each lives, which section it belongs to, when it applies and
 * what comes after it. A section starts at its first page that applies; the
 * task list, the next page, route guards and the pages' addresses all come
 * from this table. Add-another pages branch on their answer.
 */
const journey: readonly JourneyPage[] = [
  {
    page: "immediate-danger",
    segment: "immediate-danger",
    section: "immediate-danger",
    applies: always,
    next: (answers) =>
      answers.immediateDanger?.immediateDanger === "yes" ? { page: "emergency-calls" } : afterImmediateDanger(answers),
  },
  {
    page: "emergency-calls",
    segment: "emergency-calls",
    section: "immediate-danger",
    applies: (answers) => answers.immediateDanger?.immediateDanger === "yes",
    next: afterImmediateDanger,
  },
  {
    page: "intake",
    segment: "who-contacted",
    section: "your-details",
    applies: (answers) => answers.intake !== undefined,
    next: (answers) =>
      answers.immediateDanger === undefined ? { page: "immediate-danger" } : afterImmediateDanger(answers),
  },
  { page: "referrer", segment: "your-details", section: "your-details", applies: referrerApplies, next: childrenEntry },
  {
    page: "children",
    segment: "children",
    section: "children",
    applies: (answers) => answers.children.length > 0,
    next: (answers) =>
      answers.addAnotherChild?.addAnother === "yes"
        ? { page: "child", index: answers.children.length }
        : { page: "adults" },
  },
  {
    page: "child",
    segment: "children",
    section: "children",
    applies: always,
    repeats: (answers) => answers.children.length,
    next: () => ({ page: "children" }),
  },
  {
    page: "adults",
    segment: "adults",
    section: "adults",
    applies: always,
    next: (answers) =>
      answers.addAnotherAdult?.addAnother === "yes"
        ? { page: "adult", index: answers.adults.length }
        : { page: "descriptors" },
  },
  {
    page: "adult",
    segment: "adults",
    section: "adults",
    applies: always,
    repeats: (answers) => answers.adults.length,
    next: () => ({ page: "adults" }),
  },
  {
    page: "descriptors",
    segment: "descriptors",
    section: "concern",
    applies: always,
    next: () => ({ page: "concern" }),
  },
  { page: "concern", segment: "concern", section: "concern", applies: always, next: () => ({ page: "level" }) },
  { page: "level", segment: "level", section: "level", applies: always, next: () => ({ page: "consent" }) },
  { page: "consent", segment: "consent", section: "consent", applies: always, next: () => ({ page: "check-answers" }) },
  { page: "check-answers", segment: "check-answers", section: "check-and-submit", applies: always, next: () => null },
];

function journeyPage(page: QuestionPage): JourneyPage {
  return journey.find((entry) => entry.page === page)!;
}

/** Where a page lives under its draft: "your-details", or "children/2" for the second child (people count from 1). */
export function pageSegment(ref: QuestionPageRef): string {
  const { segment } = journeyPage(ref.page);
  return "index" in ref ? `${segment}/${ref.index + 1}` : segment;
}

function sectionOf(ref: QuestionPageRef): SectionId {
  return journeyPage(ref.page).section;
}

function sectionEntryPage(section: SectionId, answers: ContactDraftAnswers): PageRef {
  const entry = journey.find((candidate) => candidate.section === section && candidate.applies(answers))!;
  return entry.repeats ? { page: entry.page, index: 0 } : { page: entry.page };
}

function followingPage(answers: ContactDraftAnswers, current: QuestionPageRef): PageRef | null {
  return journeyPage(current.page).next(answers);
}
