import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { JourneyCaption, JourneyPage } from "~/components/contact/journey-page";
import { FormErrorSummary, GovukFormLayout, useGovukForm, type FormReply } from "~/components/forms/govuk-form";
import { Radios } from "~/components/govuk/choices";
import { SummaryCard, SummaryList, type SummaryRow } from "~/components/govuk/summary-list";
import { addAnotherAdultSchema, addAnotherChildSchema } from "~/forms/contact/add-another";
import { useT } from "~/i18n/use-t";

export interface ListedEntry {
  /** "Child 1", "Adult 2". */
  title: string;
  /** Who the entry is, for screen readers after "Change" and "Remove". */
  name: string;
  rows: SummaryRow[];
  changeHref: string;
  removeHref: string;
}

const pages = {
  child: { schema: addAnotherChildSchema, titleKey: "contactJourney.children.title" },
  adult: { schema: addAnotherAdultSchema, titleKey: "contactJourney.adults.title" },
} as const;

/** GOV.UK's "add another" pattern on a draft: the children or adults so far, each in a card, then whether there is another. */
export function AddAnotherPage({
  kind,
  back,
  lastResult,
  intro,
  entries,
  question,
}: {
  kind: "child" | "adult";
  back: string;
  lastResult?: FormReply;
  intro?: ReactNode;
  entries: ListedEntry[];
  question: { legend: string; hint?: string };
}) {
  const t = useT();
  const { schema, titleKey } = pages[kind];
  const form = useGovukForm({ id: `add-another-${kind}`, schema, lastResult, fieldOrder: ["addAnother"], titleKey });
  return (
    <JourneyPage back={back}>
      <FormErrorSummary form={form} />
      <JourneyCaption />
      <h1 className="govuk-heading-l">{t(titleKey)}</h1>
      {intro}
      {entries.map((entry, index) => (
        <SummaryCard
          key={index}
          title={entry.title}
          actions={[
            <Link key="change" className="govuk-link" to={entry.changeHref}>
              {t("common.change")}
              <span className="govuk-visually-hidden"> {entry.name}</span>
            </Link>,
            <Link key="remove" className="govuk-link" to={entry.removeHref}>
              {t("contactJourney.remove")}
              <span className="govuk-visually-hidden"> {entry.name}</span>
            </Link>,
          ]}
        >
          <SummaryList rows={entry.rows} />
        </SummaryCard>
      ))}
      <GovukFormLayout form={form} submitText={t("common.continue")}>
        <Radios
          legend={question.legend}
          hint={question.hint}
          inline
          {...form.choice("addAnother")}
          items={[
            { value: "yes", label: t("common.yes") },
            { value: "no", label: t("common.no") },
          ]}
        />
      </GovukFormLayout>
    </JourneyPage>
  );
}
