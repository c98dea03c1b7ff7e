import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { SummaryCard, SummaryList, type SummaryRow } from "~/components/govuk/summary-list";
import { ethnicities } from "~/domain/contact/census";
import type { ContactDraftAnswers, PageRef } from "~/domain/contact/journey";
import { formatNhsNumber } from "~/domain/contact/nhs-number";
import { findDescriptor, findLevel, type ThresholdDocument } from "~/domain/thresholds/document";
import type { AdultAnswers } from "~/forms/contact/adult";
import type { ChildAnswers } from "~/forms/contact/child";
import { formatDate } from "~/domain/date-format";
import type { Translate } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";

/**
 * A contact's answers as GOV.UK summary lists, one section per task: on
 * "check your answers" (with Change links back to each question) and on the
 * submitted contact (without). Descriptors and levels are named from the
 * threshold document version the contact was made with.
 */

interface Props {
  answers: ContactDraftAnswers;
  document: ThresholdDocument;
  /** Where each "Change" link goes; no links when absent. */
  changeHref?: (page: PageRef) => string;
  /** The name of the organisation a contact the MASH recorded came from, when the portal knows it. */
  intakeOrganisationName?: string;
}

type Address = { line1?: string; line2?: string; town?: string; postcode?: string };

function AddressLines({ address }: { address: Address }) {
  const lines = [address.line1, address.line2, address.town, address.postcode].filter(Boolean);
  return (
    <>
      {lines.map((line, index) => (
        <span key={index}>
          {line}
          {index < lines.length - 1 ? <br /> : null}
        </span>
      ))}
    </>
  );
}

function answerText(t: Translate, value: string | undefined): string {
  if (value === "yes") return t("common.yes");
  if (value === "no") return t("common.no");
  if (value === "notKnown") return t("contactJourney.notKnown");
  return value ?? t("common.notProvided");
}

export function childName(
  t: Translate,
  child: { isUnborn: "yes" | "no"; firstName?: string; lastName: string },
): string {
  if (child.isUnborn === "yes" && !child.firstName)
    return t("contactJourney.summary.unbornName", { lastName: child.lastName });
  return [child.firstName, child.lastName].filter(Boolean).join(" ");
}

export function childRows(t: Translate, child: ChildAnswers): SummaryRow[] {
  const sexLabels: Record<string, string> = {
    female: t("contactJourney.child.sex.female"),
    male: t("contactJourney.child.sex.male"),
    notKnown: t("contactJourney.notKnown"),
  };
  const ethnicity = ethnicities.find((entry) => entry.code === child.ethnicity);
  const rows: (SummaryRow | false)[] = [
    { key: t("contactJourney.summary.name"), value: childName(t, child) },
    child.isUnborn === "no" &&
      !!child.otherNames && {
        key: t("contactJourney.summary.otherNames"),
        value: child.otherNames,
      },
    child.isUnborn === "yes"
      ? { key: t("contactJourney.summary.dueDate"), value: formatDate(child.dueDate) }
      : { key: t("contactJourney.summary.dateOfBirth"), value: formatDate(child.dateOfBirth) },
    { key: t("contactJourney.summary.sex"), value: sexLabels[child.sex] },
    !!child.genderIdentity && { key: t("contactJourney.summary.genderIdentity"), value: child.genderIdentity },
    {
      key: t("contactJourney.summary.nhsNumber"),
      value: child.nhsNumber ? formatNhsNumber(child.nhsNumber) : t("common.notProvided"),
    },
    { key: t("contactJourney.summary.address"), value: <AddressLines address={child.address} /> },
    { key: t("contactJourney.summary.schoolOrSetting"), value: child.schoolOrSetting ?? t("common.notProvided") },
    {
      key: t("contactJourney.summary.ethnicity"),
      value: ethnicity ? t(ethnicity.messageKey) : t("common.notProvided"),
    },
    {
      key: t("contactJourney.summary.disability"),
      value: [answerText(t, child.disability), child.disabilityDetails].filter(Boolean).join(": "),
    },
    { key: t("contactJourney.summary.firstLanguage"), value: child.firstLanguage },
    { key: t("contactJourney.summary.interpreterNeeded"), value: answerText(t, child.interpreterNeeded) },
  ];
  return rows.filter((row): row is SummaryRow => row !== false);
}

export function adultName(adult: Pick<AdultAnswers, "firstName" | "lastName">): string {
  return [adult.firstName, adult.lastName].filter(Boolean).join(" ");
}

function adultRows(t: Translate, adult: AdultAnswers): SummaryRow[] {
  const rows: (SummaryRow | false)[] = [
    { key: t("contactJourney.summary.name"), value: adultName(adult) },
    { key: t("contactJourney.summary.relationship"), value: adult.relationship },
    { key: t("contactJourney.summary.parentalResponsibility"), value: answerText(t, adult.parentalResponsibility) },
    {
      key: t("contactJourney.summary.dateOfBirth"),
      value: adult.dateOfBirth ? formatDate(adult.dateOfBirth) : t("common.notProvided"),
    },
    { key: t("contactJourney.summary.livesWithChild"), value: answerText(t, adult.livesWithChild) },
    adult.livesWithChild === "no" &&
      !!adult.address &&
      Object.values(adult.address).some(Boolean) && {
        key: t("contactJourney.summary.address"),
        value: <AddressLines address={adult.address} />,
      },
    { key: t("contactJourney.summary.knownRisk"), value: answerText(t, adult.knownRisk) },
    adult.knownRisk === "yes" && { key: t("contactJourney.summary.riskDetails"), value: adult.riskDetails },
  ];
  return rows.filter((row): row is SummaryRow => row !== false);
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h2 className="govuk-heading-m govuk-!-margin-top-8">{title}</h2>
      {children}
    </>
  );
}

function ChangeLink({ href, hidden }: { href: string; hidden: string }) {
  const t = useT();
  return (
    <Link className="govuk-link" to={href}>
      {t("common.change")}
      <span className="govuk-visually-hidden"> {hidden}</span>
    </Link>
  );
}

export function ContactAnswersSummary({ answers, document, changeHref, intakeOrganisationName }: Props) {
  const t = useT();
  const change = (page: PageRef, what: string) =>
    changeHref ? { href: changeHref(page), visuallyHiddenText: what.toLowerCase() } : undefined;
  const levelName = (level: number | undefined) => {
    const found = level === undefined ? undefined : findLevel(document, level);
    return found ? t("contactJourney.summary.levelName", { level: found.level, name: found.name }) : "";
  };
  const calls = answers.immediateDanger?.immediateDanger === "yes" ? answers.emergencyCalls : undefined;
  const level = answers.level;
  const consent = answers.consent;
  const descriptors = (answers.descriptors?.descriptorIds ?? []).flatMap((id) => findDescriptor(document, id) ?? []);

  const intake = answers.intake;
  const intakeChange = (what: string) => change({ page: "intake" }, what);
  const intakeRows: SummaryRow[] = intake
    ? [
        {
          key: t("contactJourney.intake.summary.channel"),
          value: t(`mash.contact.channel.${intake.channel}`),
          change: intakeChange(t("contactJourney.intake.summary.channel")),
        },
        {
          key: t("contactJourney.intake.summary.received"),
          value: `${formatDate(intake.receivedDate)}, ${intake.receivedTime}`,
          change: intakeChange(t("contactJourney.intake.summary.received")),
        },
        ...(intake.sourceReference
          ? [
              {
                key: t("contactJourney.intake.summary.sourceReference"),
                value: intake.sourceReference,
                change: intakeChange(t("contactJourney.intake.summary.sourceReference")),
              },
            ]
          : []),
        {
          key: t("contactJourney.intake.summary.who"),
          value: t(`contactJourney.intake.referrerKind.${intake.referrerKind}`),
          change: intakeChange(t("contactJourney.intake.summary.who")),
        },
        ...(intake.referrerKind === "professional"
          ? [
              {
                key: t("contactJourney.intake.summary.organisation"),
                value:
                  intakeOrganisationName ??
                  (intake.organisationType
                    ? `${t("contactJourney.intake.organisationId.other")}: ${t(`referenceData.organisationType.${intake.organisationType}`)}`
                    : ""),
                change: intakeChange(t("contactJourney.intake.summary.organisation")),
              },
            ]
          : []),
        ...(intake.referrerKind === "individual"
          ? [
              {
                key: t("contactJourney.summary.name"),
                value: intake.individualName ?? "",
                change: intakeChange(t("contactJourney.summary.name")),
              },
              {
                key: t("contactJourney.intake.summary.relationship"),
                value: intake.relationship ? t(`mash.contact.relationship.${intake.relationship}`) : "",
                change: intakeChange(t("contactJourney.intake.summary.relationship")),
              },
              ...(intake.individualPhone
                ? [
                    {
                      key: t("contactJourney.intake.summary.phone"),
                      value: intake.individualPhone,
                      change: intakeChange(t("contactJourney.intake.summary.phone")),
                    },
                  ]
                : []),
            ]
          : []),
      ]
    : [];

  return (
    <>
      {intake ? (
        <Section title={t("contact.taskList.section.who-contacted")}>
          <SummaryList rows={intakeRows} />
        </Section>
      ) : null}
      <Section title={t("contact.taskList.section.immediate-danger")}>
        <SummaryList
          rows={[
            {
              key: t("contactJourney.summary.immediateDanger"),
              value: answerText(t, answers.immediateDanger?.immediateDanger),
              change: change({ page: "immediate-danger" }, t("contactJourney.summary.immediateDanger")),
            },
            ...(calls
              ? [
                  {
                    key: t("contactJourney.summary.calls"),
                    value: t("contactJourney.summary.callsValue", { time: calls.calledAt }),
                    change: change({ page: "emergency-calls" }, t("contactJourney.summary.calls")),
                  },
                ]
              : []),
          ]}
        />
      </Section>

      {answers.referrer ? (
        <Section title={t("contact.taskList.section.your-details")}>
          <SummaryList
            rows={(
              [
                ["name", answers.referrer.name],
                ["role", answers.referrer.role],
                ["organisation", answers.referrer.organisation],
                ["phone", answers.referrer.phone],
                ["email", answers.referrer.email],
              ] as const
            ).map(([field, value]) => ({
              key: t(`contactJourney.summary.${field}`),
              value,
              change: change({ page: "referrer" }, t(`contactJourney.summary.${field}`)),
            }))}
          />
        </Section>
      ) : null}

      <Section title={t("contact.taskList.section.children")}>
        {answers.children.map((child, index) => (
          <SummaryCard
            key={index}
            title={t("contactJourney.summary.childCard", { number: index + 1 })}
            actions={
              changeHref ? (
                <ChangeLink href={changeHref({ page: "child", index })} hidden={childName(t, child)} />
              ) : undefined
            }
          >
            <SummaryList rows={childRows(t, child)} />
          </SummaryCard>
        ))}
      </Section>

      <Section title={t("contact.taskList.section.adults")}>
        {answers.adults.length === 0 ? (
          <SummaryList
            rows={[
              {
                key: t("contactJourney.summary.adults"),
                value: t("contactJourney.summary.noAdults"),
                change: change({ page: "adults" }, t("contactJourney.summary.adults")),
              },
            ]}
          />
        ) : (
          answers.adults.map((adult, index) => (
            <SummaryCard
              key={index}
              title={t("contactJourney.summary.adultCard", { number: index + 1 })}
              actions={
                changeHref ? (
                  <ChangeLink href={changeHref({ page: "adult", index })} hidden={adultName(adult)} />
                ) : undefined
              }
            >
              <SummaryList rows={adultRows(t, adult)} />
            </SummaryCard>
          ))
        )}
      </Section>

      <Section title={t("contact.taskList.section.concern")}>
        <SummaryList
          rows={[
            {
              key: t("contactJourney.summary.descriptors"),
              value: (
                <ul className="govuk-list">
                  {descriptors.map((descriptor) => (
                    <li key={descriptor.id}>
                      <strong>{t("contactJourney.descriptors.levelTag", { level: descriptor.level })}:</strong>{" "}
                      {descriptor.text}
                    </li>
                  ))}
                </ul>
              ),
              change: change({ page: "descriptors" }, t("contactJourney.summary.descriptors")),
            },
            ...(["worry", "workingWell", "needsToHappen"] as const).map((field) => ({
              key: t(`contactJourney.summary.${field}`),
              value: <span className="app-preserve-lines">{answers.concern?.[field] ?? ""}</span>,
              change: change({ page: "concern" }, t(`contactJourney.summary.${field}`)),
            })),
          ]}
        />
      </Section>

      {level ? (
        <Section title={t("contact.taskList.section.level")}>
          <SummaryList
            rows={[
              { key: t("contactJourney.summary.suggestedLevel"), value: levelName(level.suggestedLevel) },
              {
                key: t("contactJourney.summary.referrerLevel"),
                value:
                  level.agreesWithSuggestion === "yes"
                    ? t("contactJourney.summary.agrees")
                    : levelName(level.chosenLevel),
                change: change({ page: "level" }, t("contactJourney.summary.referrerLevel")),
              },
              ...(level.agreesWithSuggestion === "no"
                ? [
                    {
                      key: t("contactJourney.summary.levelReason"),
                      value: <span className="app-preserve-lines">{level.reason}</span>,
                      change: change({ page: "level" }, t("contactJourney.summary.levelReason")),
                    },
                  ]
                : []),
            ]}
          />
        </Section>
      ) : null}

      {consent ? (
        <Section title={t("contact.taskList.section.consent")}>
          <SummaryList
            rows={[
              ...(consent.significantHarm
                ? [
                    {
                      key: t("contactJourney.summary.significantHarm"),
                      value: answerText(t, consent.significantHarm),
                      change: change({ page: "consent" }, t("contactJourney.summary.significantHarm")),
                    },
                  ]
                : []),
              {
                key: t("contactJourney.summary.familyAware"),
                value: answerText(t, consent.familyAware),
                change: change({ page: "consent" }, t("contactJourney.summary.familyAware")),
              },
              ...(consent.familyAware === "no"
                ? [
                    {
                      key: t("contactJourney.summary.familyUnawareReason"),
                      value: consent.familyUnawareReason,
                      change: change({ page: "consent" }, t("contactJourney.summary.familyUnawareReason")),
                    },
                  ]
                : []),
              ...("familyConsented" in consent
                ? [
                    {
                      key: t("contactJourney.summary.familyConsented"),
                      value: answerText(t, consent.familyConsented),
                      change: change({ page: "consent" }, t("contactJourney.summary.familyConsented")),
                    },
                  ]
                : []),
              ...("noConsentReason" in consent
                ? [
                    {
                      key: t("contactJourney.summary.noConsentReason"),
                      value: consent.noConsentReason,
                      change: change({ page: "consent" }, t("contactJourney.summary.noConsentReason")),
                    },
                  ]
                : []),
              ...("familyObjections" in consent && consent.familyObjections
                ? [
                    {
                      key: t("contactJourney.summary.familyObjections"),
                      value: consent.familyObjections,
                      change: change({ page: "consent" }, t("contactJourney.summary.familyObjections")),
                    },
                  ]
                : []),
            ]}
          />
        </Section>
      ) : null}
    </>
  );
}
