import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { can } from "~/auth/permissions";
import { formatDate, formatDateTime } from "~/domain/date-format";
import { usePlanT } from "~/components/early-help/terms";
import { TimeLeftText } from "~/components/early-help/time-left";
import { ButtonGroup } from "~/components/govuk/button";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { SummaryCard, SummaryList } from "~/components/govuk/summary-list";
import { Tag } from "~/components/govuk/tag";
import { consentPurposeLabels } from "~/domain/early-help/consent";
import { stepDownStatusLabels } from "~/domain/early-help/step-down";
import { planKindLabels } from "~/domain/early-help/terminology";
import { earlyHelpPaths } from "~/early-help-paths";
import { pageTitle } from "~/i18n/page-title";
import { peopleNamed } from "~/services/early-help-plan-records.server";
import { requireStepDownUser } from "~/services/early-help-step-down-pages.server";
import { openStepDown } from "~/services/early-help-step-downs.server";

export const meta: MetaFunction = () => [{ title: pageTitle("stepDowns.view.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireStepDownUser(request, context);
  const { request: stepDown, timeLeft } = await openStepDown(context, user, params.stepDownId, { page: "step-down" });
  const people = await peopleNamed([stepDown.requestedBy]);
  return {
    stepDown,
    timeLeft,
    requestedBy: people.get(stepDown.requestedBy) ?? null,
    canDecide: can(user, "stepDown.accept") && stepDown.status === "pending",
    canResend: stepDown.requestedBy === user.id && stepDown.status === "returned",
  };
}

export default function StepDownRequest() {
  const t = usePlanT();
  const { stepDown, timeLeft, requestedBy, canDecide, canResend } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const done = searchParams.get("done");
  const lead = stepDown.proposedLead;
  return (
    <>
      {done ? (
        <NotificationBanner
          type="success"
          heading={t(`stepDowns.done.${done === "sent" ? "sent" : done === "returned" ? "returned" : "resent"}`)}
        />
      ) : null}
      <span className="govuk-caption-l">{t("stepDowns.view.caption", { reference: stepDown.reference })}</span>
      <h1 className="govuk-heading-l">
        {stepDown.children.map((child) => `${child.firstName} ${child.lastName}`).join(", ")}
      </h1>
      <SummaryList
        rows={[
          {
            key: t("plans.plan.status"),
            value: (
              <Tag
                colour={stepDown.status === "accepted" ? "green" : stepDown.status === "returned" ? "orange" : "blue"}
              >
                {t(stepDownStatusLabels[stepDown.status])}
              </Tag>
            ),
          },
          {
            key: t("stepDowns.view.sentBy"),
            value: requestedBy ? `${requestedBy.name}, ${requestedBy.organisationName}` : "",
          },
          { key: t("stepDowns.list.column.sent"), value: formatDateTime(stepDown.submittedAt) },
          ...(stepDown.status === "pending"
            ? [
                { key: t("stepDowns.list.column.due"), value: formatDateTime(stepDown.dueAt) },
                { key: t("stepDowns.list.column.timeLeft"), value: <TimeLeftText timeLeft={timeLeft} /> },
              ]
            : []),
          { key: t("plans.plan.kind"), value: t(planKindLabels[stepDown.kind]) },
          ...(stepDown.transitionMeetingOn
            ? [{ key: t("stepDowns.field.transitionMeeting"), value: formatDate(stepDown.transitionMeetingOn) }]
            : []),
          ...(stepDown.returnReasons
            ? [
                {
                  key: t("stepDowns.view.returnReasons"),
                  value: <span className="app-preserve-lines">{stepDown.returnReasons}</span>,
                },
              ]
            : []),
          ...(stepDown.planId
            ? [
                {
                  key: t("stepDowns.view.plan"),
                  value: (
                    <Link className="govuk-link" to={earlyHelpPaths.plan(stepDown.planId)}>
                      {t("stepDowns.view.openPlan")}
                    </Link>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canDecide ? (
        <ButtonGroup>
          <Link className="govuk-button" data-module="govuk-button" to={earlyHelpPaths.acceptStepDown(stepDown.id)}>
            {t("stepDowns.view.accept")}
          </Link>
          <Link
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            to={earlyHelpPaths.returnStepDown(stepDown.id)}
          >
            {t("stepDowns.view.return")}
          </Link>
        </ButtonGroup>
      ) : null}
      {canResend ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={earlyHelpPaths.resendStepDown(stepDown.id)}>
            {t("stepDowns.view.resend")}
          </Link>
        </p>
      ) : null}
      <SummaryCard title={t("stepDowns.view.handover")}>
        <SummaryList
          rows={[
            ...stepDown.children.map((child, index) => ({
              key: t("stepDowns.form.child", { number: index + 1 }),
              value: `${child.firstName} ${child.lastName}, ${t("plans.children.born", { date: formatDate(child.dateOfBirth) })}`,
            })),
            {
              key: t("stepDowns.field.handoverSummary"),
              value: <span className="app-preserve-lines">{stepDown.handoverSummary}</span>,
            },
            {
              key: t("stepDowns.field.currentRisks"),
              value: <span className="app-preserve-lines">{stepDown.currentRisks}</span>,
            },
            {
              key: t("stepDowns.field.mustContinue"),
              value: <span className="app-preserve-lines">{stepDown.mustContinue}</span>,
            },
            {
              key: t("stepDowns.form.proposedLead"),
              value: lead.type === "person" ? `${lead.name}, ${lead.organisation}` : lead.organisation,
            },
          ]}
        />
      </SummaryCard>
      <SummaryCard title={t("plans.consent.heading")}>
        <SummaryList
          rows={[
            {
              key: t("plans.consent.givenBy"),
              value: `${stepDown.consent.givenBy.name} (${stepDown.consent.givenBy.relationship})`,
            },
            { key: t("plans.consent.givenOnLabel"), value: formatDate(stepDown.consent.givenOn) },
            {
              key: t("plans.consent.purposesLabel"),
              value: (
                <ul className="govuk-list">
                  {stepDown.consent.purposes.map((purpose) => (
                    <li key={purpose}>{t(consentPurposeLabels[purpose])}</li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      </SummaryCard>
      <SummaryCard title={t("stepDowns.view.history")}>
        <ul className="govuk-list">
          {stepDown.history.map((event) => (
            <li key={`${event.type}-${event.at}`}>
              {t(`stepDowns.history.${event.type}`, { name: event.byName, date: formatDateTime(event.at) })}
              {event.reasons ? `: ${event.reasons}` : ""}
            </li>
          ))}
        </ul>
      </SummaryCard>
      <p className="govuk-body">
        <Link className="govuk-link" to={earlyHelpPaths.stepDowns()}>
          {t("stepDowns.backToList")}
        </Link>
      </p>
    </>
  );
}
