import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { StepUpHandover } from "~/components/early-help/step-up-handover";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { Radios } from "~/components/govuk/choices";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { SummaryList } from "~/components/govuk/summary-list";
import { WarningText } from "~/components/govuk/warning-text";
import { ChecksTable } from "~/components/mash/checks-table";
import { ChildScreeningCard } from "~/components/mash/child-screening";
import { ContactDetails } from "~/components/mash/contact-details";
import { PublicConcernDetails, useReceivedRows } from "~/components/mash/received";
import { DecisionSummary } from "~/components/mash/decision-summary";
import { ContactActions } from "~/components/mash/contact-actions";
import { KnownChildrenBanner } from "~/components/mash/known-children";
import { RagTag, StatusTag, TimeLeftTag } from "~/components/mash/tags";
import { referralSources } from "~/domain/contact/census";
import { ragRatings } from "~/domain/mash/rag";
import { screeningActionSchema } from "~/forms/mash/screening";
import { formatDateTime } from "~/domain/date-format";
import { type MessageKey } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths, readNotice, type Notice } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { earlyHelpSettings } from "~/services/early-help-settings.server";
import { stepUpHandover } from "~/services/early-help-step-ups.server";
import type { Outcome } from "~/services/mash-contacts.server";
import { screeningView } from "~/services/mash-screening.server";
import { mashSettings } from "~/services/mash-settings.server";
import { claimContact, rateContact, releaseContact } from "~/services/mash-workflow.server";
import { createPersonForChild, linkChildToPerson } from "~/services/person-matching.server";
import { errorReply, refusalReply } from "~/forms/reply.server";

export const handle = { titleKey: "mash.contact.pageTitle" };
export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  {
    title: error
      ? pageTitle("mash.contact.pageTitle")
      : pageTitle("mash.contact.title", { params: { reference: data?.view.contact.reference ?? "" } }),
  },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const view = await screeningView(auditActor(context, user), user, params.reference ?? "");
  if (!view) throw new Response("Not found", { status: 404 });
  return {
    view,
    outcomes: mashSettings.outcomes.map(({ id, labelKey }) => ({ id, labelKey })),
    notice: readNotice(request.url),
    userId: user.id,
    // A step-up from an early help plan carries the plan, so the family's story is not asked for again.
    stepUp: await stepUpHandover(view.contact.id),
    vocabulary: earlyHelpSettings().model.vocabulary,
  };
}

const noticeFor: Record<string, Notice> = {
  claim: "claimed",
  release: "released",
  rate: "rated",
  link: "linked",
  createPerson: "personCreated",
};

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const reference = params.reference ?? "";
  const submission = parseWithZod(await request.formData(), { schema: screeningActionSchema });
  if (submission.status !== "success") return errorReply(submission);
  const actor = auditActor(context, user);
  const value = submission.value;
  let outcome: Outcome;
  switch (value.intent) {
    case "claim":
      outcome = await claimContact(actor, user, reference);
      break;
    case "release":
      outcome = await releaseContact(actor, user, reference);
      break;
    case "rate":
      outcome = await rateContact(actor, user, reference, value.rag);
      break;
    case "link":
      outcome = await linkChildToPerson(actor, user, reference, value.childId, value.personId);
      break;
    case "createPerson":
      outcome = await createPersonForChild(actor, user, reference, value.childId);
      break;
  }
  if (outcome.ok) {
    throw redirect(
      value.intent === "release"
        ? mashPaths.queue({ notice: "released" })
        : mashPaths.contact(reference, noticeFor[value.intent]),
    );
  }
  return refusalReply(submission, outcome);
}

export default function ScreenContact() {
  const t = useT();
  const { view, outcomes, notice, userId, stepUp, vocabulary } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { contact, can } = view;
  const rating = useGovukForm({
    id: "mash-rating",
    lastResult,
    defaultValue: { rag: contact.rag ?? undefined },
    titleKey: "mash.contact.pageTitle",
    fieldOrder: ["rag"],
    // A refusal (someone else has claimed it) is about the page's actions, not the rating.
    formErrorField: "actions",
  });
  const current = view.decisions.find((decision) => decision.state !== "returned");
  const earlier = view.decisions.filter((decision) => decision !== current);
  const receivedRows = useReceivedRows();
  const source = referralSources.find(({ code }) => code === contact.referralSource);
  const emergencyCalls = contact.answers.emergencyCalls;

  return (
    <>
      <BackLink to={mashPaths.queue()}>{t("mash.contact.backToQueue")}</BackLink>
      <FormErrorSummary form={rating} />
      {notice && !rating.hasErrors ? <NotificationBanner type="success" heading={t(`mash.notice.${notice}`)} /> : null}
      <span className="govuk-caption-l">{t("mash.contact.caption")}</span>
      <h1 className="govuk-heading-l">{t("mash.contact.title", { reference: contact.reference })}</h1>
      {contact.immediateDanger ? (
        <WarningText assistiveText={t("mash.warning")}>
          {emergencyCalls
            ? t("mash.contact.immediateDangerCalled", { time: emergencyCalls.calledAt })
            : t("mash.contact.immediateDanger")}
        </WarningText>
      ) : null}

      <KnownChildrenBanner contactChildren={view.children} />
      <SummaryList
        rows={[
          { key: t("mash.contact.status"), value: <StatusTag status={contact.status} /> },
          { key: t("mash.contact.rag"), value: <RagTag rag={contact.rag} /> },
          {
            key: t("mash.contact.assignee"),
            value: contact.assignee
              ? contact.assignee.id === userId
                ? t("mash.contact.yours")
                : t("mash.contact.someoneElses", { name: contact.assignee.name })
              : t("mash.contact.unclaimed"),
          },
          ...receivedRows(contact),
          {
            key: t("mash.contact.screeningDue"),
            value:
              contact.status === "decided" ? (
                formatDateTime(new Date(contact.screeningDueAt))
              ) : (
                <TimeLeftTag timeLeft={contact.screeningTimeLeft} dueAt={contact.screeningDueAt} />
              ),
          },
          {
            key: t("mash.contact.decisionDue"),
            value:
              contact.status === "decided" ? (
                formatDateTime(new Date(contact.decisionDueAt))
              ) : (
                <TimeLeftTag timeLeft={contact.decisionTimeLeft} dueAt={contact.decisionDueAt} />
              ),
          },
          {
            key: t("mash.contact.referralSource"),
            value: source ? t(source.messageKey as MessageKey) : contact.referralSource,
            change: { href: mashPaths.referralSource(contact.reference), visuallyHiddenText: t("mash.source.change") },
          },
        ]}
      />

      <ContactActions contact={contact} can={can} />

      {can.work ? (
        <Form method="post" {...rating.formProps} noValidate className="govuk-!-margin-top-6">
          <input type="hidden" name="intent" value="rate" />
          <Radios
            legend={t("mash.contact.rag.legend")}
            legendSize="s"
            hint={t("mash.contact.rag.hint")}
            inline
            small
            {...rating.choice("rag")}
            items={ragRatings.map((rag) => ({ value: rag, label: t(`mash.rag.${rag}`) }))}
          />
          <Button variant="secondary">{t("mash.contact.rag.save")}</Button>
        </Form>
      ) : null}

      {stepUp ? <StepUpHandover handover={stepUp.handover} vocabulary={vocabulary} /> : null}
      {contact.publicConcern ? (
        <PublicConcernDetails concern={contact.publicConcern} />
      ) : (
        <ContactDetails view={view} />
      )}

      <h2 className="govuk-heading-l govuk-!-margin-top-6">{t("mash.children")}</h2>
      {view.children.map((child) => (
        <ChildScreeningCard
          key={child.id}
          reference={contact.reference}
          child={child}
          canWork={can.work}
          outcomes={outcomes}
        />
      ))}

      <h2 className="govuk-heading-l" id="checks">
        {t("mash.checks.heading")}
      </h2>
      <ChecksTable checks={view.checks} />

      <h2 className="govuk-heading-l" id="decision">
        {t("mash.decision.heading")}
      </h2>
      {current ? (
        <DecisionSummary decision={current} outcomes={outcomes} />
      ) : (
        <p className="govuk-body">{t("mash.decision.none")}</p>
      )}
      {earlier.length > 0 ? (
        <>
          <h3 className="govuk-heading-m">{t("mash.decision.earlier")}</h3>
          {earlier.map((decision) => (
            <DecisionSummary key={decision.id} decision={decision} outcomes={outcomes} />
          ))}
        </>
      ) : null}
    </>
  );
}
