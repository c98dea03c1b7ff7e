import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, contactChildren, contacts, earlyHelpPlans, earlyHelpReviews } from "#db/schema";
import { seedDemoData } from "#db/seed";
import {
  insertDecidedContact,
  publishedThresholdDocumentId,
  recordMashDecision,
} from "#tests/support/early-help-fixtures";
import { currentUser } from "#tests/support/current-user";
import { queryPlan } from "#tests/support/query-plan";
import { useTestDatabase } from "#tests/support/test-database";
import type { CurrentUser } from "~/auth/session.server";
import { addDays, calendarDate } from "~/domain/early-help/calendar-date";
import { auditActor } from "~/services/audit.server";
import { coordinatorView, flaggedPlansQuery } from "~/services/early-help-coordinator.server";
import { plansFor, theirPlansInOrder } from "~/services/early-help-lists.server";
import { domainPlan, loadPlan, openPlan } from "~/services/early-help-plan-records.server";
import { recordConsent, withdrawConsent } from "~/services/early-help-consent.server";
import { addGoal, recordReview } from "~/services/early-help-goals.server";
import { addTeamMember } from "~/services/early-help-people.server";
import { allocatePlan, closePlan, createPlanFromDecision, startPlan } from "~/services/early-help-plans.server";
import {
  acceptStepDown,
  createStepDownRequest,
  listStepDowns,
  resendStepDown,
  returnStepDown,
  type StepDownInput,
} from "~/services/early-help-step-downs.server";
import { requestStepUp, syncStepUpDecision } from "~/services/early-help-step-ups.server";
import { mashQueue } from "~/services/mash-queue.server";
import { allowedClosureReasons } from "~/domain/early-help/closure";

const { db } = useTestDatabase();
const context = { ipAddress: "127.0.0.1", correlationId: "test" };

const today = () => calendarDate(new Date());
const daysAgo = (days: number) => addDays(today(), -days);
const consent = (givenOn: string) => ({
  givenBy: { name: "Sarah Okafor", relationship: "mother" },
  givenOn,
  purposes: ["assessment", "plan", "information_sharing"] as ("assessment" | "plan" | "information_sharing")[],
  withdrawal: null,
});

let screener: CurrentUser;
let manager: CurrentUser;
let dsl: CurrentUser;
let healthVisitor: CurrentUser;
let otherDsl: CurrentUser;
let socialWorker: CurrentUser;

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "development" });
  await publishedThresholdDocumentId(db());
  screener = await currentUser(db(), "screener@northmoor-mash.example");
  manager = await currentUser(db(), "manager@northmoor-early-help.example");
  dsl = await currentUser(db(), "dsl@northmoor-primary.example");
  healthVisitor = await currentUser(db(), "health.visitor@northmoor-health.example");
  otherDsl = await currentUser(db(), "dsl@riverside-academy.example");
  socialWorker = await currentUser(db(), "social.worker@northmoor-social-care.example");
});

/** Every plan someone is on, on one page. */
const allPlansOf = async (user: CurrentUser) => (await plansFor(user, { page: 1, pageSize: 10_000 })).items;

async function planFromMash(startedDaysAgo: number) {
  const decided = await insertDecidedContact(db(), {
    referrerEmail: dsl.email,
    screenerEmail: screener.email,
    children: [{ firstName: "Amira", lastName: "Okafor", dateOfBirth: "2016-05-04", sex: "female" }],
    outcome: "early_help_taf",
    concern: "Amira has missed a third of school days this term and is often hungry.",
    feedback: "We have asked the early help team to set up a plan.",
    submittedAt: new Date(),
  });
  const started = new Date(Date.now() - startedDaysAgo * 86_400_000);
  const created = await db().transaction((tx) =>
    createPlanFromDecision(
      tx,
      {
        contactId: decided.contactId,
        childPersonIds: decided.childPersonIds,
        decisionId: decided.decisionId,
        concernSummary: "Poor attendance and signs of neglect.",
        actor: auditActor(context, screener),
      },
      started,
    ),
  );
  return { ...decided, ...created };
}

describe("a plan from a MASH decision", () => {
  it("waits for a lead professional, carries the children and is audited against each child", async () => {
    const { planId, created, childPersonIds } = await planFromMash(0);
    expect(created).toBe(true);
    const detail = await loadPlan(db(), planId);
    expect(detail?.plan.status).toBe("awaiting_allocation");
    expect(detail?.plan.reference).toMatch(/^EH-\d{6}$/);
    expect(detail?.children.map((child) => [child.firstName, child.personId])).toEqual([["Amira", childPersonIds[0]]]);
    const events = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "earlyHelp.plan.created"), eq(auditEvents.subjectId, planId)));
    expect(events.map((event) => event.personId)).toEqual(childPersonIds);
  });

  it("is allocated, gains a team, and is seen only by the people on it", async () => {
    const { planId } = await planFromMash(0);
    expect(
      await allocatePlan(auditActor(context, manager), manager, planId, {
        leadProfessionalId: dsl.id,
        socialWorkerId: null,
        kind: "early_help",
      }),
    ).toEqual({ ok: true });
    expect(
      await addTeamMember(auditActor(context, dsl), dsl, planId, { type: "user", userId: healthVisitor.id }),
    ).toEqual({ ok: true });
    expect((await loadPlan(db(), planId))?.plan.status).toBe("active");

    expect((await allPlansOf(healthVisitor)).map((plan) => plan.id)).toContain(planId);
    expect((await allPlansOf(otherDsl)).map((plan) => plan.id)).not.toContain(planId);
    await expect(openPlan(context, healthVisitor, planId, { need: "view", page: "plan" })).resolves.toMatchObject({
      access: "view",
    });
    await expect(openPlan(context, healthVisitor, planId, { need: "edit" })).rejects.toMatchObject({ status: 404 });
    await expect(openPlan(context, otherDsl, planId, { need: "view" })).rejects.toMatchObject({ status: 404 });
    const denied = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "access.deniedEarlyHelpPlan"), eq(auditEvents.userId, otherDsl.id)));
    expect(denied).toHaveLength(1);
  });

  it("finds someone's plans by the indexes on each way of belonging, not by reading every plan", async () => {
    const text = await queryPlan(db(), theirPlansInOrder(healthVisitor.id));
    expect(text).not.toMatch(/Seq Scan on early_help_plans/);
    expect(text).toContain("early_help_plans_lead_idx");
    expect(text).toContain("early_help_plans_social_worker_idx");
  });

  it("records consent, a goal and reviews whose scores show the trend, then steps up to the MASH", async () => {
    const { planId } = await planFromMash(90);
    const lead = auditActor(context, dsl);
    await allocatePlan(auditActor(context, manager), manager, planId, {
      leadProfessionalId: dsl.id,
      socialWorkerId: null,
      kind: "early_help",
    });
    const noConsent = await addGoal(lead, dsl, planId, {
      outcomeArea: "education",
      need: "Missed school",
      description: "Amira goes to school every day",
      setOn: daysAgo(84),
      baselineScore: 3,
      targetScore: 8,
    });
    expect(noConsent).toEqual({ ok: false, errors: [{ field: "", key: "earlyHelp.consent.error.required" }] });
    expect(await recordConsent(lead, dsl, planId, consent(daysAgo(85)))).toEqual({ ok: true });
    const goal = await addGoal(lead, dsl, planId, {
      outcomeArea: "education",
      need: "Missed school",
      description: "Amira goes to school every day",
      setOn: daysAgo(84),
      baselineScore: 3,
      targetScore: 8,
    });
    if (!goal.ok) throw new Error(JSON.stringify(goal.errors));
    const review = (heldOn: string, score: number) => ({
      heldOn,
      attendees: [{ name: "Sarah Okafor", role: "mother" }],
      scores: [{ goalId: goal.goalId, score }],
      whatChanged: "Amira is in school more often.",
      nextReviewOn: addDays(heldOn, 42),
    });
    expect(await recordReview(lead, dsl, planId, review(daysAgo(42), 5))).toMatchObject({ ok: true });
    const missingScore = await recordReview(lead, dsl, planId, { ...review(daysAgo(1), 6), scores: [] });
    expect(missingScore).toEqual({
      ok: false,
      errors: [{ field: `scores.${goal.goalId}`, key: "earlyHelp.score.error.required" }],
    });
    expect(await recordReview(lead, dsl, planId, review(daysAgo(1), 7))).toMatchObject({ ok: true });
    const [listed] = (await allPlansOf(dsl)).filter((plan) => plan.id === planId);
    expect(listed?.trend).toBe("improving");
    expect(listed?.nextReviewDue).toBe(addDays(daysAgo(1), 42));

    const stepUp = await requestStepUp(lead, dsl, planId, {
      worry: "Amira told her teacher that her mother's partner hit her.",
      workingWell: "Attendance has improved.",
      needsToHappen: "A social work assessment.",
      familyAware: { aware: true },
      immediateDanger: { inDanger: true, calledAt: "14:30" },
    });
    if (!stepUp.ok) throw new Error(JSON.stringify(stepUp.errors));
    const [contact] = await db().select().from(contacts).where(eq(contacts.reference, stepUp.contactReference));
    // A step-up asks the immediate-danger question like any contact, and one in danger goes to the top of the queue.
    expect(contact!.answers).toMatchObject({
      immediateDanger: { immediateDanger: "yes" },
      emergencyCalls: { phonedPolice: "yes", phonedMash: "yes", calledAt: "14:30" },
    });
    const queue = await mashQueue(auditActor(context, screener), screener, {}, { page: 1, pageSize: 1_000 });
    const place = queue.entries.findIndex((entry) => entry.reference === stepUp.contactReference);
    expect(place).toBeGreaterThanOrEqual(0);
    expect(queue.entries.slice(0, place + 1).every((entry) => entry.immediateDanger && entry.rag === null)).toBe(true);
    expect(contact).toMatchObject({
      immediateDanger: true,
      status: "submitted",
      stepUpPlanId: planId,
      // The school's lead professional stepped up: the census source is the school's, not early help's 5D.
      referralSource: "2A",
      assignedTo: null,
    });
    const children = await db().select().from(contactChildren).where(eq(contactChildren.contactId, contact!.id));
    expect(children.map((child) => child.firstName)).toEqual(["Amira"]);
    let detail = await loadPlan(db(), planId);
    // Each child comes linked to the person record the plan already had.
    expect(children.map((child) => child.personId)).toEqual(detail!.children.map((child) => child.personId));
    expect(children[0]?.personId).toEqual(expect.any(String));
    expect(detail?.plan.status).toBe("stepped_up_pending");
    expect(detail?.stepUps[0]?.handover.goals[0]?.scores.map((point) => point.score)).toEqual([3, 5, 7]);
    expect(detail?.stepUps[0]?.handover.reviews).toHaveLength(2);

    const closing = await closePlan(lead, dsl, planId, {
      reason: "outcomes_achieved",
      otherReason: "",
      closedOn: today(),
      finalScores: [{ goalId: goal.goalId, score: 7 }],
    });
    expect(closing).toEqual({ ok: false, errors: [{ field: "status", key: "earlyHelp.status.error.stepUpPending" }] });

    await recordMashDecision(db(), {
      contactReference: stepUp.contactReference,
      screenerEmail: screener.email,
      outcome: "social_care_assessment",
      feedback: "A social worker will assess the family. Please keep supporting Amira in school.",
    });
    await db().transaction((tx) => syncStepUpDecision(tx, auditActor(context, screener), contact!.id));
    detail = await loadPlan(db(), planId);
    expect(detail?.plan).toMatchObject({ status: "active", stepUpDecision: "accepted" });
    expect(allowedClosureReasons(domainPlan(detail!))).toEqual(["stepped_up_to_social_care"]);
    expect(
      await closePlan(lead, dsl, planId, {
        reason: "stepped_up_to_social_care",
        otherReason: "",
        closedOn: today(),
        finalScores: [{ goalId: goal.goalId, score: 7 }],
      }),
    ).toEqual({ ok: true });
    expect((await loadPlan(db(), planId))?.finalScores).toEqual([{ goalId: goal.goalId, score: 7 }]);
  });

  it("does not start a second plan for a family that already has one", async () => {
    const first = await planFromMash(0);
    const again = await db().transaction((tx) =>
      createPlanFromDecision(tx, {
        contactId: first.contactId,
        childPersonIds: first.childPersonIds,
        decisionId: first.decisionId,
        concernSummary: "Again",
        actor: auditActor(context, screener),
      }),
    );
    expect(again).toEqual({ planId: first.planId, created: false });
  });
});

describe("a plan a partner starts", () => {
  it("needs consent to the plan, makes the partner lead, and pauses when consent is withdrawn", async () => {
    const actor = auditActor(context, dsl);
    const child = { firstName: "Leo", lastName: "Hughes", dateOfBirth: "2019-02-11" };
    const refused = await startPlan(actor, dsl, { child, consent: { ...consent(today()), purposes: ["assessment"] } });
    expect(refused).toEqual({
      ok: false,
      errors: [{ field: "purposes", key: "earlyHelp.consent.error.planPurposeRequired" }],
    });
    const started = await startPlan(actor, dsl, { child, consent: consent(today()) });
    if (!started.ok) throw new Error("not started");
    const [plan] = await db().select().from(earlyHelpPlans).where(eq(earlyHelpPlans.id, started.planId));
    expect(plan).toMatchObject({ status: "active", origin: "partner", leadProfessionalId: dsl.id });
    const withdrawn = await withdrawConsent(actor, dsl, started.planId, {
      withdrawal: { by: { name: "Sarah Okafor", relationship: "mother" }, on: today() },
      choice: "pause",
    });
    expect(withdrawn).toEqual({ ok: true, next: "paused" });
    expect((await loadPlan(db(), started.planId))?.plan.status).toBe("paused");
    expect(await recordConsent(actor, dsl, started.planId, consent(today()))).toEqual({ ok: true });
    expect((await loadPlan(db(), started.planId))?.plan.status).toBe("active");
  });
});

describe("step-down", () => {
  const request: StepDownInput = {
    children: [{ firstName: "Maya", lastName: "Patel", dateOfBirth: "2014-09-30" }],
    handoverSummary: "Twelve weeks of child in need work; the home is now safe and calm.",
    currentRisks: "Low: father's drinking could return under stress.",
    mustContinue: "Weekly check-ins with the school nurse.",
    consent: consent(today()),
    proposedLead: { type: "organisation", organisation: "Northmoor Primary School" },
  };

  it("waits on a working-day clock, can be returned and sent again, and when accepted starts a plan", async () => {
    const actor = auditActor(context, socialWorker);
    const sent = await createStepDownRequest(actor, socialWorker, request);
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors));
    const pending = await listStepDowns(manager);
    const item = pending.pending.find((candidate) => candidate.id === sent.id);
    expect(item?.timeLeft.state).toBe("remaining");
    expect(item!.dueAt.getTime()).toBeGreaterThan(item!.submittedAt.getTime() + 5 * 86_400_000 - 86_400_000);

    const managerActor = auditActor(context, manager);
    expect(await returnStepDown(managerActor, manager, sent.id, { reasons: " " })).toEqual({
      ok: false,
      errors: [{ field: "reasons", key: "earlyHelp.stepDown.error.returnReasonsRequired" }],
    });
    expect(await returnStepDown(managerActor, manager, sent.id, { reasons: "Please add the school's view." })).toEqual({
      ok: true,
    });
    expect(await acceptStepDown(managerActor, manager, sent.id, { transitionMeetingOn: today() })).toMatchObject({
      ok: false,
    });
    expect(await resendStepDown(actor, socialWorker, sent.id, request)).toEqual({ ok: true });
    const accepted = await acceptStepDown(managerActor, manager, sent.id, { transitionMeetingOn: addDays(today(), 7) });
    if (!accepted.ok) throw new Error(JSON.stringify(accepted.errors));
    const detail = await loadPlan(db(), accepted.planId);
    expect(detail?.plan).toMatchObject({ origin: "step_down", status: "awaiting_allocation" });
    expect(detail?.plan.consent?.givenBy.name).toBe("Sarah Okafor");
    expect(detail?.stepDown?.handoverSummary).toBe(request.handoverSummary);
    expect(detail?.children.map((child) => child.firstName)).toEqual(["Maya"]);
    await expect(openPlan(context, socialWorker, accepted.planId, { need: "view" })).resolves.toMatchObject({
      access: "view",
    });
  });

  it("refuses a request without the family's consent to a plan", async () => {
    const refused = await createStepDownRequest(auditActor(context, socialWorker), socialWorker, {
      ...request,
      consent: { ...request.consent, purposes: [] },
    });
    expect(refused).toEqual({
      ok: false,
      errors: [{ field: "consent.purposes", key: "earlyHelp.consent.error.planPurposeRequired" }],
    });
  });
});

describe("someone's plans", () => {
  it("come open first, the most pressing review first, then closed, a page at a time", async () => {
    const due = await planFromMash(10);
    const later = await planFromMash(0);
    for (const { planId } of [due, later]) {
      await allocatePlan(auditActor(context, manager), manager, planId, {
        leadProfessionalId: healthVisitor.id,
        socialWorkerId: null,
        kind: "early_help",
      });
    }
    const all = await allPlansOf(healthVisitor);
    const open = all.filter((plan) => plan.status !== "closed");
    expect(all.slice(0, open.length)).toEqual(open);
    const dues = open.map((plan) => plan.nextReviewDue!);
    expect(dues).toEqual([...dues].sort());
    const ids = all.map((plan) => plan.id);
    expect(ids.indexOf(due.planId)).toBeLessThan(ids.indexOf(later.planId));

    const second = await plansFor(healthVisitor, { page: 2, pageSize: 1 });
    expect(second).toMatchObject({ page: 2, pageCount: all.length, total: all.length });
    expect(second.items.map((plan) => plan.id)).toEqual([ids[1]]);
    const pastTheEnd = await plansFor(healthVisitor, { page: 999, pageSize: 1 });
    expect(pastTheEnd.page).toBe(all.length);
    expect(pastTheEnd.items.map((plan) => plan.id)).toEqual([ids.at(-1)]);
  });
});

describe("the coordinator's view", () => {
  /** A review written straight to its table, as a bulk load or a correction would be. */
  const reviewRow = (planId: string, heldOn: string, nextReviewOn: string) => ({
    planId,
    heldOn,
    nextReviewOn,
    attendees: [{ name: "Sarah Okafor", role: "mother" }],
    whatChanged: "Amira is in school every day.",
    recordedBy: dsl.id,
  });

  it("lists plans without a lead professional and plans whose review is overdue", async () => {
    const waiting = await planFromMash(0);
    const overdue = await planFromMash(60);
    await allocatePlan(auditActor(context, manager), manager, overdue.planId, {
      leadProfessionalId: dsl.id,
      socialWorkerId: null,
      kind: "early_help",
    });
    const view = await coordinatorView();
    expect(view.withoutLead.plans.map((plan) => plan.id)).toContain(waiting.planId);
    expect(view.reviewOverdue.plans.map((plan) => plan.id)).toContain(overdue.planId);
    expect(view.withoutLead.plans.map((plan) => plan.id)).not.toContain(overdue.planId);
    // What each row shows: the children, the plan, its lead and when its first review fell due (six weeks in).
    const { plan } = (await loadPlan(db(), overdue.planId))!;
    expect(view.reviewOverdue.plans.find((listed) => listed.id === overdue.planId)).toEqual({
      id: overdue.planId,
      reference: plan.reference,
      status: "active",
      childNames: ["Amira Okafor"],
      startedOn: plan.startedOn,
      leadProfessionalName: dsl.name,
      nextReviewDue: addDays(plan.startedOn, 42),
    });
    expect(view.withoutLead.plans.find((listed) => listed.id === waiting.planId)).toMatchObject({
      leadProfessionalName: null,
      childNames: ["Amira Okafor"],
    });
  });

  it("lists the plans waiting longest under each flag, a page's worth, and counts them all", async () => {
    const newer = await planFromMash(0);
    const older = await planFromMash(30);
    const view = await coordinatorView(new Date(), 1);
    expect(view.withoutLead.total).toBeGreaterThanOrEqual(2);
    expect(view.withoutLead.plans).toHaveLength(1);
    const [first] = view.withoutLead.plans;
    expect(first!.id).not.toBe(newer.planId);
    expect(first!.startedOn <= (await loadPlan(db(), older.planId))!.plan.startedOn).toBe(true);
  });

  it("finds the open plans by the index on status, and reads no plan's reviews (each plan keeps its next review)", async () => {
    const text = await queryPlan(db(), flaggedPlansQuery(today(), 12, 50));
    expect(text).not.toMatch(/Seq Scan on early_help_plans/);
    expect(text).not.toContain("early_help_reviews");
  });

  it("keeps each plan's next review as its latest review set, however reviews are written", async () => {
    const { planId } = await planFromMash(0);
    const nextReviewOf = async () => (await loadPlan(db(), planId))!.plan.nextReviewOn;
    const review = (heldOn: string, nextReviewOn: string) => reviewRow(planId, heldOn, nextReviewOn);
    expect(await nextReviewOf()).toBeNull();
    // Two in one statement, the later held first: the latest by date, not by the order written.
    await db()
      .insert(earlyHelpReviews)
      .values([review("2031-05-05", "2031-06-16"), review("2031-03-24", "2031-05-05")]);
    expect(await nextReviewOf()).toBe("2031-06-16");
    await db()
      .update(earlyHelpReviews)
      .set({ nextReviewOn: "2031-06-30" })
      .where(and(eq(earlyHelpReviews.planId, planId), eq(earlyHelpReviews.heldOn, "2031-05-05")));
    expect(await nextReviewOf()).toBe("2031-06-30");
    await db()
      .delete(earlyHelpReviews)
      .where(and(eq(earlyHelpReviews.planId, planId), eq(earlyHelpReviews.heldOn, "2031-05-05")));
    expect(await nextReviewOf()).toBe("2031-05-05");
    await db().delete(earlyHelpReviews).where(eq(earlyHelpReviews.planId, planId));
    expect(await nextReviewOf()).toBeNull();
  });

  describe("flags each plan by the rules (reviews every six weeks, a plan open a year is too long)", () => {
    const now = new Date("2031-06-16T12:00:00Z");
    type Shape = {
      status?: "awaiting_allocation" | "active" | "paused" | "stepped_up_pending" | "closed";
      startedOn?: string;
      lead?: boolean;
      /** Reviews as [held on, next review on], in the order they were recorded. */
      reviews?: [string, string][];
    };
    async function planShaped({ status = "active", startedOn = "2031-01-06", lead = true, reviews = [] }: Shape) {
      const { planId } = await planFromMash(0);
      await db()
        .update(earlyHelpPlans)
        .set({ status, startedOn, leadProfessionalId: lead ? dsl.id : null })
        .where(eq(earlyHelpPlans.id, planId));
      for (const [heldOn, nextReviewOn] of reviews) {
        await db()
          .insert(earlyHelpReviews)
          .values(reviewRow(planId, heldOn, nextReviewOn));
      }
      return planId;
    }
    async function flagsOf(planId: string) {
      const view = await coordinatorView(now, 10_000);
      const flags = {
        no_lead_professional: view.withoutLead,
        review_overdue: view.reviewOverdue,
        open_too_long: view.openTooLong,
      };
      return Object.entries(flags)
        .filter(([, flagged]) => flagged.plans.some((plan) => plan.id === planId))
        .map(([flag]) => flag);
    }

    it("flags nothing on a plan whose review is due today", async () => {
      expect(await flagsOf(await planShaped({ reviews: [["2031-05-05", "2031-06-16"]] }))).toEqual([]);
    });

    it("flags a plan with no lead professional, whatever its status", async () => {
      const reviewed: [string, string][] = [["2031-05-05", "2031-06-16"]];
      expect(await flagsOf(await planShaped({ lead: false, reviews: reviewed }))).toEqual(["no_lead_professional"]);
      expect(await flagsOf(await planShaped({ status: "awaiting_allocation", lead: false }))).toEqual([
        "no_lead_professional",
      ]);
    });

    it("flags an overdue review from the day after it was due, by the latest review held", async () => {
      expect(
        await flagsOf(
          await planShaped({
            reviews: [
              ["2031-05-01", "2031-06-15"],
              ["2031-03-01", "2031-07-01"],
            ],
          }),
        ),
      ).toEqual(["review_overdue"]);
    });

    it("counts a first review six weeks from the start", async () => {
      expect(await flagsOf(await planShaped({ startedOn: "2031-05-05" }))).toEqual([]);
      expect(await flagsOf(await planShaped({ startedOn: "2031-05-04" }))).toEqual(["review_overdue"]);
    });

    it("flags an overdue review while a step-up is with the MASH, as the team should still meet, but not on a paused plan", async () => {
      const overdue: [string, string][] = [["2031-05-01", "2031-06-01"]];
      expect(await flagsOf(await planShaped({ status: "stepped_up_pending", reviews: overdue }))).toEqual([
        "review_overdue",
      ]);
      expect(await flagsOf(await planShaped({ status: "paused", reviews: overdue }))).toEqual([]);
    });

    it("flags a plan open longer than twelve months", async () => {
      const reviewed: [string, string][] = [["2031-05-05", "2031-06-16"]];
      expect(await flagsOf(await planShaped({ startedOn: "2030-06-16", reviews: reviewed }))).toEqual([]);
      expect(await flagsOf(await planShaped({ startedOn: "2030-06-15", reviews: reviewed }))).toEqual([
        "open_too_long",
      ]);
    });

    it("flags nothing on a closed plan", async () => {
      expect(await flagsOf(await planShaped({ status: "closed", startedOn: "2020-01-06", lead: false }))).toEqual([]);
    });
  });
});
