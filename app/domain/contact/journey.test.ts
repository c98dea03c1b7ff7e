import { describe, expect, it } from "vitest";
import { northmoorDocument } from "~/domain/thresholds/test-document";
import { emptyDraft } from "./draft";
import {
  consentRequiredFor,
  isPageAvailable,
  isReadyToSubmit,
  nextPage,
  suggestionFor,
  taskList,
  validateCompleteContact,
  type ContactDraftAnswers,
  type SectionId,
  type SectionStatus,
} from "./journey";

const document = northmoorDocument();
const context = { document };

const child = {
  isUnborn: "no",
  firstName: "Amy",
  lastName: "Evans",
  dateOfBirth: "2019-03-07",
  sex: "female",
  address: { line1: "14 Moorside Road", town: "Northmoor", postcode: "NM1 4TB" },
  disability: "no",
  firstLanguage: "English",
  interpreterNeeded: "no",
} as const;

const adult = {
  firstName: "Dean",
  relationship: "Mother’s partner",
  parentalResponsibility: "no",
  livesWithChild: "yes",
  knownRisk: "notKnown",
} as const;

/** A draft ready to submit: level 2 agreed, so consent is required and given. */
function completeDraft(): ContactDraftAnswers {
  return {
    immediateDanger: { immediateDanger: "no" },
    referrer: {
      name: "Priya Shah",
      role: "DSL",
      organisation: "Northmoor Primary",
      phone: "01632 960 001",
      email: "p.shah@example.org",
    },
    children: [child],
    addAnotherChild: { addAnother: "no" },
    adults: [adult],
    addAnotherAdult: { addAnother: "no" },
    descriptors: { descriptorIds: ["neglect-2-inconsistent-care", "finance-2-hardship"] },
    concern: {
      worry: "Amy has come to school hungry on most days this term and says there is no food at home.",
      workingWell: "Mum brings Amy to school every day.",
      needsToHappen: "Support for the family with food and money.",
    },
    level: { agreesWithSuggestion: "yes", suggestedLevel: 2 },
    consent: { familyAware: "yes", familyConsented: "yes" },
  };
}

function statuses(answers: ContactDraftAnswers): Record<SectionId, SectionStatus> {
  return Object.fromEntries(taskList(answers, context).map((section) => [section.id, section.status])) as Record<
    SectionId,
    SectionStatus
  >;
}

describe("the task list", () => {
  it("starts with only the immediate danger question open", () => {
    expect(statuses(emptyDraft())).toEqual({
      "immediate-danger": "not-started",
      "your-details": "cannot-start-yet",
      children: "cannot-start-yet",
      adults: "cannot-start-yet",
      concern: "cannot-start-yet",
      level: "cannot-start-yet",
      consent: "cannot-start-yet",
      "check-and-submit": "cannot-start-yet",
    });
  });

  it("gives every section a title key, a status key and a page to link to", () => {
    expect(taskList(emptyDraft(), context)[2]).toEqual({
      id: "children",
      titleKey: "contact.taskList.section.children",
      status: "cannot-start-yet",
      statusKey: "contact.taskList.status.cannot-start-yet",
      page: { page: "child", index: 0 },
    });
  });

  it("opens the sections that need nothing else once there is no immediate danger", () => {
    expect(statuses({ ...emptyDraft(), immediateDanger: { immediateDanger: "no" } })).toEqual({
      "immediate-danger": "completed",
      "your-details": "not-started",
      children: "not-started",
      adults: "not-started",
      concern: "not-started",
      level: "cannot-start-yet",
      consent: "cannot-start-yet",
      "check-and-submit": "cannot-start-yet",
    });
  });

  it("marks a finished draft complete, with check and submit ready to start", () => {
    expect(statuses(completeDraft())).toEqual({
      "immediate-danger": "completed",
      "your-details": "completed",
      children: "completed",
      adults: "completed",
      concern: "completed",
      level: "completed",
      consent: "completed",
      "check-and-submit": "not-started",
    });
  });

  it("points an in-progress section at the first page that needs an answer", () => {
    const answers = { ...completeDraft(), children: [child, { ...child, firstName: "" }] };
    expect(taskList(answers, context).find((section) => section.id === "children")).toMatchObject({
      status: "in-progress",
      page: { page: "child", index: 1 },
    });
  });
});

describe("immediate danger", () => {
  const inDanger: ContactDraftAnswers = { ...completeDraft(), immediateDanger: { immediateDanger: "yes" } };

  it("blocks everything else until both calls are recorded, even answers already given", () => {
    expect(statuses(inDanger)).toEqual({
      "immediate-danger": "in-progress",
      "your-details": "cannot-start-yet",
      children: "cannot-start-yet",
      adults: "cannot-start-yet",
      concern: "cannot-start-yet",
      level: "cannot-start-yet",
      consent: "cannot-start-yet",
      "check-and-submit": "cannot-start-yet",
    });
    expect(isPageAvailable(inDanger, { page: "referrer" }, context)).toBe(false);
    expect(isPageAvailable(inDanger, { page: "check-answers" }, context)).toBe(false);
    expect(isReadyToSubmit(inDanger, context)).toBe(false);
  });

  it("goes straight to recording the calls", () => {
    expect(nextPage(inDanger, { page: "immediate-danger" }, context)).toEqual({ page: "emergency-calls" });
    expect(isPageAvailable(inDanger, { page: "emergency-calls" }, context)).toBe(true);
    expect(nextPage(inDanger, { page: "referrer" }, context)).toEqual({ page: "task-list" });
  });

  it("does not accept calls recorded without both confirmations", () => {
    const halfRecorded = {
      ...inDanger,
      emergencyCalls: { phonedPolice: "yes", calledAt: "14:30" },
    } as unknown as ContactDraftAnswers;
    expect(statuses(halfRecorded)["your-details"]).toBe("cannot-start-yet");
  });

  it("opens the rest of the form once the calls are recorded", () => {
    const recorded: ContactDraftAnswers = {
      ...inDanger,
      emergencyCalls: { phonedPolice: "yes", phonedMash: "yes", calledAt: "14:30" },
    };
    expect(statuses(recorded)["immediate-danger"]).toBe("completed");
    expect(nextPage(recorded, { page: "emergency-calls" }, context)).toEqual({ page: "referrer" });
    const result = validateCompleteContact(recorded, context);
    expect(result.ok && result.contact.emergencyCalls).toEqual({
      phonedPolice: "yes",
      phonedMash: "yes",
      calledAt: "14:30",
    });
  });

  it("never shows the calls page to someone who said no", () => {
    expect(isPageAvailable(completeDraft(), { page: "emergency-calls" }, context)).toBe(false);
    expect(nextPage(completeDraft(), { page: "immediate-danger" }, context)).toEqual({ page: "referrer" });
  });
});

describe("children and adults", () => {
  const started: ContactDraftAnswers = { ...emptyDraft(), immediateDanger: { immediateDanger: "no" } };

  it("goes from the referrer to the first child, then to the list of children", () => {
    expect(nextPage(started, { page: "referrer" }, context)).toEqual({ page: "child", index: 0 });
    const withChild = { ...started, children: [child] };
    expect(nextPage(withChild, { page: "child", index: 0 }, context)).toEqual({ page: "children" });
    expect(nextPage(withChild, { page: "referrer" }, context)).toEqual({ page: "children" });
  });

  it("completes the children only when the referrer says there are no more", () => {
    const withChild: ContactDraftAnswers = { ...started, children: [child] };
    expect(statuses(withChild).children).toBe("in-progress");
    expect(statuses({ ...withChild, addAnotherChild: { addAnother: "yes" } }).children).toBe("in-progress");
    expect(nextPage({ ...withChild, addAnotherChild: { addAnother: "yes" } }, { page: "children" }, context)).toEqual({
      page: "child",
      index: 1,
    });
    expect(statuses({ ...withChild, addAnotherChild: { addAnother: "no" } }).children).toBe("completed");
    expect(nextPage({ ...withChild, addAnotherChild: { addAnother: "no" } }, { page: "children" }, context)).toEqual({
      page: "adults",
    });
  });

  it("needs at least one child, whatever the add-another answer", () => {
    expect(statuses({ ...started, addAnotherChild: { addAnother: "no" } }).children).toBe("not-started");
  });

  it("completes with no adults only when the referrer said there are none to add", () => {
    expect(statuses(started).adults).toBe("not-started");
    expect(statuses({ ...started, addAnotherAdult: { addAnother: "yes" } }).adults).toBe("in-progress");
    expect(statuses({ ...started, addAnotherAdult: { addAnother: "no" } }).adults).toBe("completed");
    const result = validateCompleteContact({ ...completeDraft(), adults: [] }, context);
    expect(result.ok && result.contact.adults).toEqual([]);
  });

  it("goes from the adults question to a new adult, back to the list, then on to the concern", () => {
    expect(nextPage({ ...started, addAnotherAdult: { addAnother: "yes" } }, { page: "adults" }, context)).toEqual({
      page: "adult",
      index: 0,
    });
    expect(nextPage({ ...started, adults: [adult] }, { page: "adult", index: 0 }, context)).toEqual({ page: "adults" });
    expect(
      nextPage({ ...started, adults: [adult], addAnotherAdult: { addAnother: "no" } }, { page: "adults" }, context),
    ).toEqual({
      page: "descriptors",
    });
  });

  it("keeps a section in progress while an entry in it is invalid", () => {
    const answers = { ...completeDraft(), adults: [{ ...adult, firstName: " " }] };
    expect(statuses(answers).adults).toBe("in-progress");
  });

  it("allows editing an existing entry or adding the next one, and nothing beyond", () => {
    const answers = { ...started, children: [child] };
    expect(isPageAvailable(answers, { page: "child", index: 0 }, context)).toBe(true);
    expect(isPageAvailable(answers, { page: "child", index: 1 }, context)).toBe(true);
    expect(isPageAvailable(answers, { page: "child", index: 2 }, context)).toBe(false);
    expect(isPageAvailable(answers, { page: "child", index: -1 }, context)).toBe(false);
    expect(isPageAvailable(started, { page: "children" }, context)).toBe(false);
    expect(isPageAvailable(started, { page: "adults" }, context)).toBe(true);
  });
});

describe("the concern, level and consent", () => {
  const started: ContactDraftAnswers = { ...emptyDraft(), immediateDanger: { immediateDanger: "no" } };

  it("needs saved descriptors before a level can be suggested", () => {
    expect(statuses(started).level).toBe("cannot-start-yet");
    expect(suggestionFor(started, context)).toEqual({ outcome: "none", unknownIds: [] });
    expect(nextPage(started, { page: "concern" }, context)).toEqual({ page: "task-list" });

    const withDescriptors = { ...started, descriptors: { descriptorIds: ["housing-3-homeless-temporary"] } };
    expect(statuses(withDescriptors)).toMatchObject({
      concern: "in-progress",
      level: "not-started",
      consent: "cannot-start-yet",
    });
    expect(suggestionFor(withDescriptors, context)).toMatchObject({ outcome: "highest", level: { level: 3 } });
    expect(nextPage(withDescriptors, { page: "concern" }, context)).toEqual({ page: "level" });
  });

  it("asks for the level again when the descriptors change the suggestion", () => {
    const changed = { ...completeDraft(), descriptors: { descriptorIds: ["physical-4-injury"] } };
    expect(statuses(changed)).toMatchObject({
      level: "in-progress",
      consent: "cannot-start-yet",
      "check-and-submit": "cannot-start-yet",
    });
    const result = validateCompleteContact(changed, context);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      {
        page: { page: "level" },
        section: "level",
        state: "incomplete",
        issues: { "": ["contact.level.suggestionChanged"] },
      },
      { page: { page: "consent" }, section: "consent", state: "incomplete", issues: {} },
    ]);
  });

  it("decides whether consent is needed from the level the referrer proposed", () => {
    expect(consentRequiredFor(completeDraft(), context)).toBe(true);
    const statutory: ContactDraftAnswers = {
      ...completeDraft(),
      level: {
        agreesWithSuggestion: "no",
        suggestedLevel: 2,
        chosenLevel: 4,
        reason: "Mum's partner has hit Amy before.",
      },
      consent: { familyAware: "yes", significantHarm: "yes" },
    };
    expect(consentRequiredFor(statutory, context)).toBe(false);
    // A statutory level asks whether the concern is significant harm: without that answer the page is not done.
    expect(statuses({ ...statutory, consent: { familyAware: "yes" } }).consent).toBe("in-progress");
    expect(statuses(statutory).consent).toBe("completed");
    expect(isReadyToSubmit(statutory, context)).toBe(true);

    const backToEarlyHelp = { ...statutory, level: { agreesWithSuggestion: "yes", suggestedLevel: 2 } as const };
    expect(statuses(backToEarlyHelp).consent).toBe("in-progress");
    expect(consentRequiredFor(emptyDraft(), context)).toBeUndefined();
  });

  it("catches descriptors that a new version of the document has dropped", () => {
    const newVersion = {
      ...document,
      version: "2027.1",
      descriptors: document.descriptors.filter((descriptor) => descriptor.id !== "finance-2-hardship"),
    };
    const result = validateCompleteContact(completeDraft(), { document: newVersion });
    expect(!result.ok && result.problems[0]).toEqual({
      page: { page: "descriptors" },
      section: "concern",
      state: "incomplete",
      issues: { descriptorIds: ["contact.descriptors.unknown"] },
    });
    expect(taskList(completeDraft(), { document: newVersion }).find((section) => section.id === "level")?.status).toBe(
      "cannot-start-yet",
    );
  });
});

describe("submitting", () => {
  it("returns the whole contact, re-validated, with the document version and the suggestion, from one check", () => {
    const result = validateCompleteContact(completeDraft(), context);
    expect(result).toEqual({
      ok: true,
      contact: {
        ...completeDraft(),
        addAnotherChild: undefined,
        addAnotherAdult: undefined,
        thresholdDocumentVersion: "2026.1",
      },
      suggestion: suggestionFor(completeDraft(), context),
    });
  });

  it("lists every page still to do, in journey order", () => {
    const answers: ContactDraftAnswers = {
      ...emptyDraft(),
      immediateDanger: { immediateDanger: "no" },
      children: [{ ...child, firstName: "" }],
    };
    const result = validateCompleteContact(answers, context);
    expect(!result.ok && result.problems.map((problem) => [problem.page, problem.state])).toEqual([
      [{ page: "referrer" }, "unanswered"],
      [{ page: "child", index: 0 }, "incomplete"],
      [{ page: "children" }, "unanswered"],
      [{ page: "adults" }, "unanswered"],
      [{ page: "descriptors" }, "unanswered"],
      [{ page: "concern" }, "unanswered"],
      [{ page: "level" }, "unanswered"],
      [{ page: "consent" }, "unanswered"],
    ]);
    expect(!result.ok && result.problems[1]?.issues).toEqual({ firstName: ["contact.child.firstName.required"] });
  });

  it("walks a finished draft from the start to check answers", () => {
    const answers = completeDraft();
    const walk = [];
    let page = nextPage(answers, { page: "immediate-danger" }, context);
    while (page && page.page !== "task-list" && walk.length < 20) {
      walk.push(page);
      page = nextPage(answers, page, context);
    }
    expect(walk).toEqual([
      { page: "referrer" },
      { page: "children" },
      { page: "adults" },
      { page: "descriptors" },
      { page: "concern" },
      { page: "level" },
      { page: "consent" },
      { page: "check-answers" },
    ]);
    expect(page).toBeNull();
  });

  it("sends someone who finishes consent with gaps elsewhere to the task list", () => {
    const gaps = { ...completeDraft(), referrer: undefined };
    expect(nextPage(gaps, { page: "consent" }, context)).toEqual({ page: "task-list" });
    expect(isPageAvailable(gaps, { page: "check-answers" }, context)).toBe(false);
  });
});
