import { SummaryList, type SummaryRow } from "~/components/govuk/summary-list";
import { consentStanding } from "~/domain/contact/consent-rules";
import { formatDate } from "~/domain/date-format";
import type { MessageKey } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";
import type { ScreeningView } from "~/services/mash-screening.server";

const multiline = (text: string) => <span className="app-multiline">{text}</span>;

/** What the referrer told the MASH: the concern, the level of need, consent, the adults and who they are. */
export function ContactDetails({ view }: { view: Pick<ScreeningView, "contact" | "levels" | "descriptors"> }) {
  const t = useT();
  const { answers } = view.contact;
  const level = (number: number | null) => {
    if (number === null) return t("mash.contact.levelNotGiven");
    const found = view.levels.find((candidate) => candidate.level === number);
    return found ? t("mash.levelName", { level: number, name: found.name }) : t("mash.level", { level: number });
  };
  const answer = (value: string | undefined) =>
    value === "yes" || value === "no" || value === "notKnown" ? t(`mash.answer.${value}`) : (value ?? "");

  const levelRows: SummaryRow[] = [
    { key: t("mash.contact.suggestedLevel"), value: level(view.contact.suggestedLevel) },
    { key: t("mash.contact.referrerLevel"), value: level(view.contact.referrerLevel) },
  ];
  if (answers.level?.agreesWithSuggestion === "no") {
    levelRows.push({ key: t("mash.contact.referrerReason"), value: multiline(answers.level.reason) });
  }
  if (view.descriptors.length > 0) {
    levelRows.push({
      key: t("mash.contact.descriptors"),
      value: (
        <ul className="govuk-list govuk-list--bullet">
          {view.descriptors.map((descriptor) => (
            <li key={descriptor.id}>
              {descriptor.text} ({t("mash.level", { level: descriptor.level })})
            </li>
          ))}
        </ul>
      ),
    });
  }

  const consent = answers.consent;
  const consentRows: SummaryRow[] = consent
    ? [
        {
          key: t("mash.contact.consentStanding"),
          value: t(`mash.consentStanding.${consentStanding(consent)}`),
        },
        ...(consent.significantHarm
          ? [{ key: t("mash.contact.significantHarm"), value: answer(consent.significantHarm) }]
          : []),
        { key: t("mash.contact.familyAware"), value: answer(consent.familyAware) },
        ...(consent.familyAware === "no"
          ? [{ key: t("mash.contact.familyUnawareReason"), value: multiline(consent.familyUnawareReason) }]
          : []),
        ...("familyConsented" in consent
          ? [{ key: t("mash.contact.familyConsented"), value: answer(consent.familyConsented) }]
          : []),
        ...("noConsentReason" in consent
          ? [{ key: t("mash.contact.noConsentReason"), value: multiline(consent.noConsentReason) }]
          : []),
        ...("familyObjections" in consent && consent.familyObjections
          ? [{ key: t("mash.contact.familyObjections"), value: multiline(consent.familyObjections) }]
          : []),
      ]
    : [];

  return (
    <>
      <h2 className="govuk-heading-l govuk-!-margin-top-6">{t("mash.contact.concern")}</h2>
      {answers.concern ? (
        <SummaryList
          rows={[
            { key: t("mash.contact.worry"), value: multiline(answers.concern.worry) },
            { key: t("mash.contact.workingWell"), value: multiline(answers.concern.workingWell) },
            { key: t("mash.contact.needsToHappen"), value: multiline(answers.concern.needsToHappen) },
          ]}
        />
      ) : null}

      <h2 className="govuk-heading-m">{t("mash.contact.levelOfNeed")}</h2>
      <SummaryList rows={levelRows} />

      {consentRows.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">{t("mash.contact.consent")}</h2>
          <SummaryList rows={consentRows} />
        </>
      ) : null}

      <h2 className="govuk-heading-m">{t("mash.contact.adults")}</h2>
      {answers.adults.length === 0 ? (
        <p className="govuk-body">{t("mash.contact.adults.none")}</p>
      ) : (
        answers.adults.map((adult, index) => (
          <div key={index} className="govuk-summary-card">
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title">
                {[adult.firstName, adult.lastName].filter(Boolean).join(" ")}
              </h3>
            </div>
            <div className="govuk-summary-card__content">
              <SummaryList
                rows={[
                  { key: t("mash.contact.adult.relationship"), value: adult.relationship },
                  ...(adult.dateOfBirth
                    ? [{ key: t("mash.contact.adult.dateOfBirth"), value: formatDate(adult.dateOfBirth) }]
                    : []),
                  { key: t("mash.contact.adult.parentalResponsibility"), value: answer(adult.parentalResponsibility) },
                  { key: t("mash.contact.adult.livesWithChild"), value: answer(adult.livesWithChild) },
                  { key: t("mash.contact.adult.knownRisk"), value: answer(adult.knownRisk) },
                  ...(adult.knownRisk === "yes"
                    ? [{ key: t("mash.contact.adult.riskDetails"), value: multiline(adult.riskDetails) }]
                    : []),
                ]}
              />
            </div>
          </div>
        ))
      )}

      {answers.referrer ? (
        <>
          <h2 className="govuk-heading-m">{t("mash.contact.referrer")}</h2>
          <SummaryList
            rows={(["name", "role", "organisation", "phone", "email"] as const).map((field) => ({
              key: t(`mash.contact.referrer.${field}` as MessageKey),
              value: answers.referrer![field],
            }))}
          />
        </>
      ) : null}
    </>
  );
}
