import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { Radios } from "~/components/govuk/choices";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { Textarea } from "~/components/govuk/textarea";
import { confirmContactSchema } from "~/forms/contact/confirm";
import { errorReply } from "~/forms/reply.server";
import { ContactAnswersSummary } from "~/components/contact/answers-summary";
import { ContactTimeline } from "~/components/contact-timeline";
import { BackLink } from "~/components/govuk/back-link";
import { SummaryList } from "~/components/govuk/summary-list";
import { Tag } from "~/components/govuk/tag";
import { formatDate, formatDateTime } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { paths } from "~/paths";
import { auditActor } from "~/services/audit.server";
import { viewContact } from "~/services/contacts.server";
import { confirmContact } from "~/services/written-confirmation.server";
import { referrerFeedback } from "~/services/referrer-feedback.server";

/** The title after a confirmation with a problem: `meta` cannot see the reply (see `useErrorPageTitle`). */
export const handle = { titleKey: "contactView.confirm.heading" };
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
    recorded:
      contact.channel !== "portal"
        ? { receivedAt: formatDateTime(contact.receivedAt), channel: contact.channel }
        : null,
    confirmation: contact.confirmation
      ? {
          dueAt: formatDateTime(contact.confirmation.dueAt),
          confirmedAt: contact.confirmation.confirmedAt ? formatDateTime(contact.confirmation.confirmedAt) : null,
          correction: contact.confirmation.correction,
        }
      : null,
    confirmedJustNow: new URL(request.url).searchParams.get("confirmed") === "yes",
  };
}

/** A professional confirms in writing the contact the MASH typed up from their call, or says what needs correcting. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "contact.create", { context });
  const reference = params.reference ?? "";
  const submission = parseWithZod(await request.formData(), { schema: confirmContactSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await confirmContact(auditActor(context, user), user, reference, submission.value);
  if (result.ok) throw redirect(`${paths.contact(reference)}?confirmed=yes`);
  if (result.error === "notFound") throw new Response("Not found", { status: 404 });
  return errorReply(submission, { formErrors: ["contactView.confirm.notAwaiting"] });
}

/** What the organisation submitted, as it was submitted, named from the threshold document version it used. */
export default function ContactView() {
  const t = useT();
  const contact = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "confirm-contact",
    schema: confirmContactSchema,
    lastResult: useActionData<typeof action>(),
    fieldOrder: ["accurate", "correction"],
    formErrorField: "accurate",
    titleKey: "contactView.confirm.heading",
  });
  const { confirmation, recorded } = contact;
  const awaiting = confirmation !== null && confirmation.confirmedAt === null;
  return (
    <>
      <BackLink to={paths.contacts()}>{t("contactView.back")}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {contact.confirmedJustNow ? (
            <NotificationBanner type="success" heading={t("contactView.confirm.done")} />
          ) : null}
          <FormErrorSummary form={form} />
          <h1 className="govuk-heading-l">{t("contactView.title", { reference: contact.reference })}</h1>
          <SummaryList
            rows={[
              ...(recorded
                ? [
                    {
                      key: t("contactView.received"),
                      value: t("contactView.receivedBy", {
                        time: recorded.receivedAt,
                        channel: t(`mash.contact.channel.${recorded.channel}`),
                      }),
                    },
                  ]
                : [{ key: t("contactView.submitted"), value: contact.submitted }]),
              ...(confirmation
                ? [
                    {
                      key: t("contactView.confirmation"),
                      value: confirmation.confirmedAt
                        ? confirmation.correction
                          ? t("contactView.confirmedWithCorrection", {
                              time: confirmation.confirmedAt,
                              correction: confirmation.correction,
                            })
                          : t("contactView.confirmed", { time: confirmation.confirmedAt })
                        : t("contactView.confirmationDue", { time: confirmation.dueAt }),
                    },
                  ]
                : []),
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
          {awaiting ? (
            <>
              <h2 className="govuk-heading-m">{t("contactView.confirm.heading")}</h2>
              <p className="govuk-body">{t("contactView.confirm.body", { time: confirmation.dueAt })}</p>
              <GovukFormLayout form={form} submitText={t("contactView.confirm.submit")}>
                <Radios
                  {...form.choice("accurate")}
                  legend={t("contactView.confirm.accurate")}
                  legendSize="s"
                  items={[
                    { value: "yes", label: t("contactView.confirm.yes") },
                    {
                      value: "no",
                      label: t("contactView.confirm.no"),
                      conditional: (
                        <Textarea {...form.field("correction")} label={t("contactView.confirm.correction")} rows={5} />
                      ),
                    },
                  ]}
                />
              </GovukFormLayout>
            </>
          ) : null}
          {contact.feedback ? <ContactTimeline feedback={contact.feedback} /> : null}
          <ContactAnswersSummary answers={contact.answers} document={contact.document} />
        </div>
      </div>
    </>
  );
}
