import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { ContactAnswersSummary } from "~/components/contact/answers-summary";
import { ContactTimeline } from "~/components/contact-timeline";
import { BackLink } from "~/components/govuk/back-link";
import { SummaryList } from "~/components/govuk/summary-list";
import { Tag } from "~/components/govuk/tag";
import { formatDate, formatDateTime } from "~/i18n/dates";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { paths } from "~/paths";
import { auditActor } from "~/services/audit.server";
import { viewContact } from "~/services/contacts.server";
import { referrerFeedback } from "~/services/referrer-feedback.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle("contactView.title", { params: { reference: data?.reference ?? "" } }) },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contact.viewOwnOrganisation", { context });
  const result = await viewContact(auditActor(context, user), user, params.reference ?? "", "contact");
  if (result.outcome === "not-found") throw new Response("Not found", { status: 404 });
  const { contact } = result;
  return {
    reference: contact.reference,
    submitted: formatDate(contact.submittedAt),
    status: contact.status,
    decisionDue: formatDateTime(contact.decisionDueAt),
    version: contact.thresholdDocument.version,
    answers: contact.answers,
    document: contact.thresholdDocument.document,
    feedback: (await referrerFeedback(contact.id)) ?? null,
  };
}

/** What the organisation submitted, as it was submitted, named from the threshold document version it used. */
export default function ContactView() {
  const t = useT();
  const contact = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to={paths.contacts()}>{t("contactView.back")}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("contactView.title", { reference: contact.reference })}</h1>
          <SummaryList
            rows={[
              { key: t("contactView.submitted"), value: contact.submitted },
              {
                key: t("contactView.status"),
                value: <Tag colour="blue">{t(`contacts.status.${contact.status}`)}</Tag>,
              },
              ...(contact.status === "decided"
                ? []
                : [{ key: t("contactView.decisionDue"), value: contact.decisionDue }]),
              {
                key: t("contactView.thresholdVersion"),
                value: t("contactView.thresholdVersionValue", { version: contact.version }),
              },
            ]}
          />
          {contact.feedback ? <ContactTimeline feedback={contact.feedback} /> : null}
          <ContactAnswersSummary answers={contact.answers} document={contact.document} />
        </div>
      </div>
    </>
  );
}
