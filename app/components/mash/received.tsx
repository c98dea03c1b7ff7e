import type { SummaryRow } from "~/components/govuk/summary-list";
import { SummaryList } from "~/components/govuk/summary-list";
import { formatDateTime } from "~/domain/date-format";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import type { ScreeningView } from "~/services/mash-screening.server";

type Contact = ScreeningView["contact"];

const multiline = (text: string) => <span className="app-multiline">{text}</span>;

/** Who the contact came from, as the screener needs to know it: a partner, a caller, a member of the public, or no one named. */
function useReceivedFrom() {
  const t = useT();
  return (contact: Contact): string => {
    if (contact.referrerKind === "anonymous") return t("mash.contact.fromAnonymous");
    const relationship = contact.referrerRelationship
      ? t(`mash.contact.relationship.${contact.referrerRelationship}`)
      : undefined;
    if (contact.publicConcern && !contact.publicConcern.reporter.anonymous) {
      return t("mash.contact.fromIndividual", {
        name: contact.publicConcern.reporter.name,
        relationship: relationship ?? "",
      });
    }
    const referrer = contact.answers.referrer;
    if (contact.referrerKind === "individual") {
      const name = contact.answers.intake?.individualName ?? referrer?.name ?? "";
      const phone = contact.answers.intake?.individualPhone;
      const from = t("mash.contact.fromIndividual", { name, relationship: relationship ?? "" });
      return phone ? `${from}, ${phone}` : from;
    }
    if (contact.channel === "portal") {
      return t("mash.contact.fromValue", { name: contact.submittedByName, organisation: contact.organisationName });
    }
    return t("mash.contact.fromValue", {
      name: referrer?.name ?? "",
      organisation: contact.organisationName || (referrer?.organisation ?? ""),
    });
  };
}

/** The rows that say how and when a contact arrived, who from, who typed it up, and its written confirmation. */
export function useReceivedRows() {
  const t = useT();
  const receivedFrom = useReceivedFrom();
  return (contact: Contact): SummaryRow[] => [
    { key: t("mash.contact.received"), value: formatDateTime(new Date(contact.receivedAt)) },
    { key: t("mash.contact.howReceived"), value: t(`mash.contact.channel.${contact.channel}`) },
    { key: t("mash.contact.from"), value: receivedFrom(contact) },
    ...(contact.recordedByName
      ? [
          {
            key: t("mash.contact.recordedBy"),
            value: t("mash.contact.recordedByValue", {
              name: contact.recordedByName,
              time: formatDateTime(new Date(contact.submittedAt)),
            }),
          },
        ]
      : []),
    ...(contact.confirmation
      ? [
          {
            key: t("mash.contact.confirmation"),
            value: contact.confirmation.confirmedAt ? (
              <>
                {t("mash.contact.confirmedAt", { time: formatDateTime(new Date(contact.confirmation.confirmedAt)) })}
                {contact.confirmation.correction ? (
                  <>
                    <br />
                    {t("mash.contact.confirmationCorrection")} {multiline(contact.confirmation.correction)}
                  </>
                ) : null}
              </>
            ) : (
              t("mash.contact.confirmationDue", { time: formatDateTime(new Date(contact.confirmation.dueAt)) })
            ),
            change: contact.confirmation.confirmedAt
              ? undefined
              : {
                  href: mashPaths.writtenConfirmation(contact.reference),
                  visuallyHiddenText: t("mash.confirmation.record"),
                },
          },
        ]
      : []),
  ];
}

/** A member of the public's concern, in their words: there are no descriptors, levels or consent to show. */
export function PublicConcernDetails({ concern }: { concern: NonNullable<Contact["publicConcern"]> }) {
  const t = useT();
  const { child, reporter } = concern;
  const optional = (key: Parameters<typeof t>[0], value: string | undefined): SummaryRow[] =>
    value ? [{ key: t(key), value: multiline(value) }] : [];
  return (
    <>
      <h2 className="govuk-heading-l govuk-!-margin-top-6">{t("mash.contact.concern")}</h2>
      <p className="govuk-inset-text">{t("mash.contact.public.notRated")}</p>
      <SummaryList
        rows={[
          { key: t("mash.contact.worry"), value: multiline(concern.worry) },
          ...optional("mash.contact.public.age", child.age),
          ...optional("mash.contact.public.whereTheyLive", child.whereTheyLive),
          ...optional("mash.contact.public.postcode", child.postcode),
          ...optional("mash.contact.public.school", child.schoolOrSetting),
        ]}
      />
      <h2 className="govuk-heading-m">{t("mash.contact.public.reporter")}</h2>
      {reporter.anonymous ? (
        <p className="govuk-body">{t("mash.contact.fromAnonymous")}</p>
      ) : (
        <SummaryList
          rows={[
            { key: t("mash.contact.referrer.name"), value: reporter.name },
            {
              key: t("mash.contact.public.relationship"),
              value: t(`mash.contact.relationship.${reporter.relationship}`),
            },
            ...optional("mash.contact.referrer.phone", reporter.phone),
            ...optional("mash.contact.referrer.email", reporter.email),
          ]}
        />
      )}
    </>
  );
}
