import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { can } from "~/auth/permissions";
import { formatDate, formatDateTime } from "~/domain/date-format";
import { PlanHeading } from "~/components/early-help/plan-heading";
import { ScoreChart } from "~/components/early-help/score-chart";
import { PlanStatusTag, ReviewStatusTag } from "~/components/early-help/tags";
import { usePlanT } from "~/components/early-help/terms";
import { Button } from "~/components/govuk/button";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { SummaryCard, SummaryList, type SummaryRow } from "~/components/govuk/summary-list";
import { Table } from "~/components/govuk/table";
import { TaskList, type TaskListItem } from "~/components/govuk/task-list";
import { WarningText } from "~/components/govuk/warning-text";
import { canRequestStepUp } from "~/domain/early-help/access";
import { childName } from "~/domain/early-help/child-name";
import { closureReasonLabels } from "~/domain/early-help/closure";
import { consentPurposeLabels } from "~/domain/early-help/consent";
import {
  networkMeetingStage,
  networkMeetingStageLabels,
  networkMeetingTypeLabels,
} from "~/domain/early-help/family-network";
import { outcomeAreaLabels } from "~/domain/early-help/outcome-areas";
import type { Review } from "~/domain/early-help/plan";
import { nextReviewDue, reviewStatus } from "~/domain/early-help/reviews";
import { goalScoreHistory, planTrend, trendLabels } from "~/domain/early-help/score-trend";
import { planKindLabels } from "~/domain/early-help/terminology";
import { familiesFirstOutcomes, preReformOutcomes } from "~/domain/mash/outcomes";
import { earlyHelpPaths } from "~/early-help-paths";
import { isMessageKey } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { openPlan } from "~/services/early-help-plan-records.server";
import { earlyHelpSettings } from "~/services/early-help-settings.server";
import { contactReferences, stepUpOutcome, syncPlanStepUps } from "~/services/early-help-step-ups.server";

export const meta: MetaFunction = () => [{ title: pageTitle("plans.plan.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  let opened = await openPlan(context, user, params.planId, { need: "view", page: "plan" });
  if (await syncPlanStepUps(auditActor(context, user), opened.detail)) {
    opened = await openPlan(context, user, params.planId, { need: "view" });
  }
  const { detail, access } = opened;
  const { plan } = detail;
  const settings = earlyHelpSettings();
  const now = new Date();
  const due =
    plan.status === "closed"
      ? null
      : nextReviewDue({ startedOn: plan.startedOn, reviews: detail.reviews }, settings.reviewPolicy);
  const meets = plan.status === "active" || plan.status === "stepped_up_pending";
  const latestStepUp = detail.stepUps[0] ?? null;
  const references = await contactReferences(
    [plan.contactId, ...detail.stepUps.map((stepUp) => stepUp.contactId)].filter((id): id is string => id !== null),
  );
  // The chart ends with the final scores of a closed plan, as if the closure were a last review.
  const chartReviews: Review[] =
    plan.closedOn && detail.finalScores.length > 0
      ? [
          ...detail.reviews,
          {
            heldOn: plan.closedOn,
            attendees: [],
            scores: detail.finalScores,
            whatChanged: "",
            nextReviewOn: plan.closedOn,
          },
        ]
      : detail.reviews;
  return {
    detail,
    access,
    chartReviews,
    nextReviewDue: due,
    reviewStatus:
      due && meets
        ? reviewStatus(due, now, settings.reviewPolicy, (from, days) => settings.clock.addWorkingDays(from, days))
        : null,
    trend: planTrend(detail.goals, chartReviews),
    contactReference: plan.contactId ? (references.get(plan.contactId) ?? null) : null,
    stepUpReferences: Object.fromEntries(references),
    stepUpOutcome: latestStepUp?.decision ? await stepUpOutcome(latestStepUp.contactId) : undefined,
    canAllocate: can(user, "earlyHelp.allocate") && plan.status !== "closed",
    canStepUp: access === "edit" && canRequestStepUp(user, { leadProfessionalId: plan.leadProfessionalId }),
  };
}

const outcomeLabels = new Map(
  [...preReformOutcomes, ...familiesFirstOutcomes].map((outcome) => [outcome.id, outcome.labelKey]),
);

export default function PlanPage() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { detail, access } = data;
  const { plan } = detail;
  const editable = access === "edit" && plan.status !== "closed";
  const consent = plan.consent;
  const hasConsent = consent !== null && consent.withdrawal === null;
  const canWork = editable && hasConsent;
  const latestStepUp = detail.stepUps[0] ?? null;
  const goalName = (goalId: string) => detail.goals.find((goal) => goal.id === goalId)?.description ?? "";
  const done = searchParams.get("done");

  const tasks: TaskListItem[] = [
    {
      id: "task-children",
      title: t("plans.task.children"),
      href: editable ? earlyHelpPaths.addChild(plan.id) : undefined,
      status: { text: t("plans.task.childrenCount", { count: detail.children.length }), asTag: false },
    },
    {
      id: "task-consent",
      title: t("plans.task.consent"),
      href: editable && !hasConsent ? earlyHelpPaths.consent(plan.id) : undefined,
      status:
        consent === null
          ? { text: t("plans.task.status.notRecorded"), colour: "blue", asTag: true }
          : consent.withdrawal
            ? { text: t("plans.task.status.withdrawn"), colour: "red", asTag: true }
            : { text: t("plans.task.status.recorded"), asTag: false },
    },
    {
      id: "task-assessment",
      title: t("plans.task.assessment"),
      href: editable ? earlyHelpPaths.assessment(plan.id) : undefined,
      status: plan.assessmentCompletedOn
        ? { text: t("plans.task.status.completed"), asTag: false }
        : plan.assessment
          ? { text: t("plans.task.status.inProgress"), colour: "light-blue", asTag: true }
          : { text: t("plans.task.status.notStarted"), colour: "blue", asTag: true },
    },
    {
      id: "task-lead",
      title: t("plans.task.lead"),
      href: data.canAllocate ? earlyHelpPaths.allocate(plan.id) : undefined,
      status: detail.leadProfessional
        ? { text: detail.leadProfessional.name, asTag: false }
        : { text: t("plans.task.status.notAllocated"), colour: "yellow", asTag: true },
    },
    {
      id: "task-team",
      title: t("plans.task.team"),
      href: editable ? earlyHelpPaths.team(plan.id) : undefined,
      status: { text: t("plans.task.peopleCount", { count: detail.team.length }), asTag: false },
    },
    {
      id: "task-network",
      title: t("plans.task.network"),
      href: editable ? earlyHelpPaths.familyNetwork(plan.id) : undefined,
      status: { text: t(networkMeetingStageLabels[networkMeetingStage(plan.networkMeeting)]), asTag: false },
    },
    {
      id: "task-goals",
      title: t("plans.task.goals"),
      href: canWork ? earlyHelpPaths.newGoal(plan.id) : undefined,
      hint: canWork ? undefined : editable ? t("plans.task.needsConsent") : undefined,
      status: { text: t("plans.task.goalsCount", { count: detail.goals.length }), asTag: false },
    },
    {
      id: "task-review",
      title: t("plans.task.review"),
      href:
        canWork && detail.goals.length > 0 && (plan.status === "active" || plan.status === "stepped_up_pending")
          ? earlyHelpPaths.newReview(plan.id)
          : undefined,
      hint: editable && detail.goals.length === 0 ? t("plans.task.needsGoals") : undefined,
      status:
        data.reviewStatus && data.reviewStatus !== "on_track"
          ? {
              text: t(
                data.reviewStatus === "overdue" ? "earlyHelp.review.status.overdue" : "earlyHelp.review.status.dueSoon",
              ),
              colour: data.reviewStatus === "overdue" ? "red" : "yellow",
              asTag: true,
            }
          : { text: t("plans.task.reviewsCount", { count: detail.reviews.length }), asTag: false },
    },
  ];
  if (data.canStepUp) {
    tasks.push({
      id: "task-step-up",
      title: t("plans.task.stepUp"),
      href: plan.status === "active" ? earlyHelpPaths.stepUp(plan.id) : undefined,
      status: {
        text:
          plan.status === "stepped_up_pending"
            ? t("earlyHelp.status.steppedUpPending")
            : t("plans.task.status.optional"),
        asTag: false,
      },
    });
  }
  if (editable) {
    tasks.push({
      id: "task-close",
      title: t("plans.task.close"),
      href: plan.status === "stepped_up_pending" ? undefined : earlyHelpPaths.close(plan.id),
      status: { text: t("plans.task.status.open"), asTag: false },
    });
  }

  const lead = detail.leadProfessional;
  const summaryRows: SummaryRow[] = [
    { key: t("plans.plan.kind"), value: t(planKindLabels[plan.kind]) },
    { key: t("plans.plan.status"), value: <PlanStatusTag status={plan.status} /> },
    { key: t("plans.plan.startedOn"), value: formatDate(plan.startedOn) },
    {
      key: t("plans.plan.lead"),
      value: lead ? (
        <>
          {lead.name}
          {lead.jobTitle ? `, ${lead.jobTitle}` : ""}
          <br />
          {lead.organisationName}
          <br />
          {lead.email}
          {lead.phone ? (
            <>
              <br />
              {lead.phone}
            </>
          ) : null}
        </>
      ) : (
        t("plans.plan.noLead")
      ),
    },
    ...(plan.kind === "child_in_need"
      ? [{ key: t("plans.plan.socialWorker"), value: detail.socialWorker?.name ?? t("plans.plan.noSocialWorker") }]
      : []),
    {
      key: t("plans.plan.nextReview"),
      value: data.nextReviewDue ? (
        <>
          {formatDate(data.nextReviewDue)}
          {data.reviewStatus && data.reviewStatus !== "on_track" ? (
            <>
              {" "}
              <ReviewStatusTag status={data.reviewStatus} />
            </>
          ) : null}
        </>
      ) : (
        t("plans.list.noReview")
      ),
    },
    { key: t("plans.plan.trend"), value: t(trendLabels[data.trend]) },
    ...(data.contactReference ? [{ key: t("plans.plan.contact"), value: data.contactReference }] : []),
    ...(plan.concernSummary && plan.origin === "mash_decision"
      ? [{ key: t("plans.plan.concern"), value: <span className="app-preserve-lines">{plan.concernSummary}</span> }]
      : []),
  ];
  if (plan.status === "closed" && plan.closureReason) {
    summaryRows.push(
      { key: t("plans.plan.closedOn"), value: plan.closedOn ? formatDate(plan.closedOn) : "" },
      {
        key: t("plans.plan.closureReason"),
        value: plan.closureReason === "other" ? plan.closureOtherReason : t(closureReasonLabels[plan.closureReason]),
      },
    );
  }

  return (
    <>
      {done ? <NotificationBanner type="success" heading={t("plans.plan.saved")} /> : null}
      {plan.status === "stepped_up_pending" && latestStepUp ? (
        <NotificationBanner
          titleId="step-up-pending-title"
          heading={t("plans.stepUp.pendingHeading", {
            reference: data.stepUpReferences[latestStepUp.contactId] ?? "",
          })}
        >
          <p className="govuk-body">
            {t("plans.stepUp.pendingBody", { date: formatDateTime(latestStepUp.requestedAt) })}
          </p>
        </NotificationBanner>
      ) : null}
      {latestStepUp?.decision && data.stepUpOutcome ? (
        <NotificationBanner
          titleId="step-up-decision-title"
          heading={t(
            latestStepUp.decision === "accepted" ? "plans.stepUp.acceptedHeading" : "plans.stepUp.notAcceptedHeading",
          )}
        >
          <p className="govuk-body">
            {t("plans.stepUp.decidedOn", {
              reference: data.stepUpReferences[latestStepUp.contactId] ?? "",
              date: formatDateTime(data.stepUpOutcome.decidedAt),
            })}
          </p>
          <ul className="govuk-list">
            {data.stepUpOutcome.outcomes.map((outcome) => {
              const labelKey = outcomeLabels.get(outcome.outcome);
              return (
                <li key={outcome.childName}>
                  {outcome.childName}: {labelKey && isMessageKey(labelKey) ? t(labelKey) : outcome.outcome}
                </li>
              );
            })}
          </ul>
          <h3 className="govuk-heading-s">{t("plans.stepUp.feedback")}</h3>
          <p className="govuk-body app-preserve-lines">{data.stepUpOutcome.feedback}</p>
          {latestStepUp.decision === "accepted" && plan.status !== "closed" && editable ? (
            <p className="govuk-body">
              <Link
                className="govuk-notification-banner__link"
                to={earlyHelpPaths.close(plan.id, "stepped_up_to_social_care")}
              >
                {t("plans.stepUp.closeNow")}
              </Link>
            </p>
          ) : null}
        </NotificationBanner>
      ) : null}

      <PlanHeading reference={plan.reference} childNames={detail.children.map(childName)} />

      {editable && consent === null ? (
        <WarningText assistiveText={t("plans.warning")}>{t("plans.plan.consentMissing")}</WarningText>
      ) : null}
      {consent?.withdrawal && plan.status !== "closed" ? (
        <WarningText assistiveText={t("plans.warning")}>
          {t("plans.plan.consentWithdrawn", {
            name: consent.withdrawal.by.name,
            date: formatDate(consent.withdrawal.on),
          })}
        </WarningText>
      ) : null}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList rows={summaryRows} />
        </div>
      </div>

      {access === "edit" ? (
        <>
          <h2 className="govuk-heading-m">{t("plans.plan.tasksHeading")}</h2>
          <TaskList items={tasks} />
        </>
      ) : null}

      {detail.stepDown ? (
        <SummaryCard title={t("plans.plan.handoverHeading", { reference: detail.stepDown.reference })}>
          <SummaryList
            rows={[
              {
                key: t("stepDowns.field.handoverSummary"),
                value: <span className="app-preserve-lines">{detail.stepDown.handoverSummary}</span>,
              },
              {
                key: t("stepDowns.field.currentRisks"),
                value: <span className="app-preserve-lines">{detail.stepDown.currentRisks}</span>,
              },
              {
                key: t("stepDowns.field.mustContinue"),
                value: <span className="app-preserve-lines">{detail.stepDown.mustContinue}</span>,
              },
              {
                key: t("stepDowns.field.transitionMeeting"),
                value: detail.stepDown.transitionMeetingOn ? formatDate(detail.stepDown.transitionMeetingOn) : "",
              },
            ]}
          />
        </SummaryCard>
      ) : null}

      <h2 className="govuk-heading-m">{t("plans.plan.outcomesHeading")}</h2>
      {detail.goals.length === 0 ? (
        <p className="govuk-body">{t("plans.plan.noGoals")}</p>
      ) : (
        <>
          <ScoreChart goals={detail.goals} reviews={data.chartReviews} caption={t("plans.chart.caption")} />
          {detail.goals.map((goal, index) => {
            const history = goalScoreHistory(goal, data.chartReviews);
            const latest = history.at(-1);
            const actions = detail.actions.filter((action) => action.goalId === goal.id);
            return (
              <SummaryCard
                key={goal.id}
                title={t("plans.goal.cardTitle", { number: index + 1, description: goal.description })}
                actions={
                  canWork ? (
                    <Link className="govuk-link" to={earlyHelpPaths.newAction(plan.id, goal.id)}>
                      {t("plans.goal.addAction")}
                      <span className="govuk-visually-hidden"> {t("plans.goal.forGoal", { number: index + 1 })}</span>
                    </Link>
                  ) : undefined
                }
              >
                <SummaryList
                  rows={[
                    { key: t("plans.goal.outcomeArea"), value: t(outcomeAreaLabels[goal.outcomeArea]) },
                    { key: t("plans.goal.need"), value: goal.need },
                    {
                      key: t("plans.goal.scores"),
                      value: t("plans.goal.scoresValue", {
                        baseline: goal.baselineScore,
                        latest: latest?.score ?? goal.baselineScore,
                        target: goal.targetScore,
                      }),
                    },
                  ]}
                />
                {actions.length > 0 ? (
                  <Table
                    caption={t("plans.action.caption")}
                    rows={actions}
                    rowKey={(action) => action.id}
                    columns={[
                      { header: t("plans.action.what"), cell: (action) => action.what },
                      { header: t("plans.action.who"), cell: (action) => action.who },
                      { header: t("plans.action.byWhen"), cell: (action) => formatDate(action.byWhen) },
                      {
                        header: t("plans.action.done"),
                        cell: (action) =>
                          action.doneOn ? (
                            t("plans.action.doneOn", { date: formatDate(action.doneOn) })
                          ) : canWork ? (
                            <Form method="post" action={earlyHelpPaths.actionDone(plan.id, action.id)}>
                              <Button variant="secondary" className="govuk-!-margin-bottom-0">
                                {t("plans.action.markDone")}
                                <span className="govuk-visually-hidden"> {action.what}</span>
                              </Button>
                            </Form>
                          ) : (
                            t("plans.action.notDone")
                          ),
                      },
                    ]}
                  />
                ) : null}
              </SummaryCard>
            );
          })}
        </>
      )}

      <h2 className="govuk-heading-m">{t("plans.plan.reviewsHeading")}</h2>
      {detail.reviews.length === 0 ? (
        <p className="govuk-body">{t("plans.plan.noReviews")}</p>
      ) : (
        [...detail.reviews].reverse().map((review) => (
          <SummaryCard key={review.id} title={t("plans.review.cardTitle", { date: formatDate(review.heldOn) })}>
            <SummaryList
              rows={[
                {
                  key: t("plans.review.attendees"),
                  value: review.attendees.map((person) => `${person.name} (${person.role})`).join(", "),
                },
                {
                  key: t("plans.review.scores"),
                  value: (
                    <ul className="govuk-list">
                      {review.scores.map((score) => (
                        <li key={score.goalId}>
                          {t("plans.review.scoreLine", { goal: goalName(score.goalId), score: score.score })}
                        </li>
                      ))}
                    </ul>
                  ),
                },
                {
                  key: t("plans.review.whatChanged"),
                  value: <span className="app-preserve-lines">{review.whatChanged}</span>,
                },
                { key: t("plans.review.nextReviewOn"), value: formatDate(review.nextReviewOn) },
              ]}
            />
          </SummaryCard>
        ))
      )}

      <h2 className="govuk-heading-m">{t("plans.plan.peopleHeading")}</h2>
      <SummaryCard title={t("plans.team.heading")}>
        {detail.team.length === 0 ? (
          <p className="govuk-body">{t("plans.team.none")}</p>
        ) : (
          <SummaryList
            rows={detail.team.map((member) => ({
              key: member.name,
              value: [member.role, member.agency, member.email, member.phone].filter(Boolean).join(", "),
            }))}
          />
        )}
      </SummaryCard>
      <SummaryCard title={t("plans.network.heading")}>
        <SummaryList
          rows={[
            {
              key: t("plans.network.meeting"),
              value: plan.networkMeeting?.offered
                ? `${t(networkMeetingTypeLabels[plan.networkMeeting.type])}: ${t(networkMeetingStageLabels[networkMeetingStage(plan.networkMeeting)])}${
                    plan.networkMeeting.heldOn ? ` (${formatDate(plan.networkMeeting.heldOn)})` : ""
                  }`
                : t(networkMeetingStageLabels.not_offered),
            },
            ...detail.network.map((member) => ({
              key: member.name,
              value: [member.relationship, member.contribution, member.phone].filter(Boolean).join(", "),
            })),
          ]}
        />
      </SummaryCard>
      {consent ? (
        <SummaryCard
          title={t("plans.consent.heading")}
          actions={
            editable && consent.withdrawal === null ? (
              <Link className="govuk-link" to={earlyHelpPaths.withdrawConsent(plan.id)}>
                {t("plans.consent.withdrawLink")}
              </Link>
            ) : undefined
          }
        >
          <SummaryList
            rows={[
              { key: t("plans.consent.givenBy"), value: `${consent.givenBy.name} (${consent.givenBy.relationship})` },
              { key: t("plans.consent.givenOnLabel"), value: formatDate(consent.givenOn) },
              {
                key: t("plans.consent.purposesLabel"),
                value: (
                  <ul className="govuk-list">
                    {consent.purposes.map((purpose) => (
                      <li key={purpose}>{t(consentPurposeLabels[purpose])}</li>
                    ))}
                  </ul>
                ),
              },
              ...(consent.withdrawal
                ? [
                    {
                      key: t("plans.consent.withdrawnLabel"),
                      value: `${consent.withdrawal.by.name} (${consent.withdrawal.by.relationship}), ${formatDate(consent.withdrawal.on)}`,
                    },
                  ]
                : []),
            ]}
          />
        </SummaryCard>
      ) : null}
      {plan.assessment ? (
        <SummaryCard title={t("plans.assessment.heading")}>
          <SummaryList
            rows={[
              ...plan.assessment.domains.flatMap((domain) => [
                {
                  key: t("plans.assessment.strengthsIn", { domain: domain.domainName }),
                  value: <span className="app-preserve-lines">{domain.strengths}</span>,
                },
                {
                  key: t("plans.assessment.needsIn", { domain: domain.domainName }),
                  value: <span className="app-preserve-lines">{domain.needs}</span>,
                },
              ]),
              {
                key: t("plans.assessment.familyView"),
                value: <span className="app-preserve-lines">{plan.assessment.familyView}</span>,
              },
              {
                key: t("plans.assessment.childVoice"),
                value: <span className="app-preserve-lines">{plan.assessment.childVoice}</span>,
              },
            ]}
          />
        </SummaryCard>
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" to={earlyHelpPaths.plans()}>
          {t("plans.backToList")}
        </Link>
      </p>
    </>
  );
}
