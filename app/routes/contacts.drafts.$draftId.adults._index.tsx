import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { adultName } from "~/components/contact/answers-summary";
import { JourneyCaption, JourneyPage } from "~/components/contact/journey-page";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { Radios } from "~/components/govuk/choices";
import { SummaryCard, SummaryList } from "~/components/govuk/summary-list";
import type { QuestionPageRef } from "~/domain/contact/journey";
import { addAnotherAdultSchema } from "~/forms/contact/add-another";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { paths } from "~/paths";
import { backPath, requireDraftPage, saveDraftPageAction } from "~/route-support/draft-page.server";

export const handle = { titleKey: "contactJourney.adults.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.adults.title") }];

const page: QuestionPageRef = { page: "adults" };

export async function loader(args: LoaderFunctionArgs) {
  const { draft, returnTo } = await requireDraftPage(args, page);
  return {
    back: backPath(draft.id, returnTo),
    adults: draft.answers.adults,
    adultHrefs: draft.answers.adults.map((_adult, index) =>
      paths.draftPage(draft.id, { page: "adult", index }, { returnTo }),
    ),
    removeHrefs: draft.answers.adults.map((_adult, index) => paths.removeFromDraft(draft.id, { page: "adult", index })),
  };
}

export function action(args: ActionFunctionArgs) {
  return saveDraftPageAction(args, page, {
    schema: () => addAnotherAdultSchema,
    save: (answers, addAnotherAdult) => ({ ...answers, addAnotherAdult }),
  });
}

/** The household and other adults who matter: a "no" here with none added is an answer, not a gap. */
export default function Adults() {
  const t = useT();
  const { back, adults, adultHrefs, removeHrefs } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "add-another-adult",
    schema: addAnotherAdultSchema,
    lastResult: useActionData<typeof action>(),
    fieldOrder: ["addAnother"],
    titleKey: "contactJourney.adults.title",
  });
  return (
    <JourneyPage back={back}>
      <FormErrorSummary form={form} />
      <JourneyCaption />
      <h1 className="govuk-heading-l">{t("contactJourney.adults.title")}</h1>
      <p className="govuk-body">{t("contactJourney.adults.intro")}</p>
      {adults.length === 0 ? <p className="govuk-body">{t("contactJourney.adults.none")}</p> : null}
      {adults.map((adult, index) => (
        <SummaryCard
          key={index}
          title={t("contactJourney.summary.adultCard", { number: index + 1 })}
          actions={[
            <Link key="change" className="govuk-link" to={adultHrefs[index]!}>
              {t("common.change")}
              <span className="govuk-visually-hidden"> {adultName(adult)}</span>
            </Link>,
            <Link key="remove" className="govuk-link" to={removeHrefs[index]!}>
              {t("contactJourney.remove")}
              <span className="govuk-visually-hidden"> {adultName(adult)}</span>
            </Link>,
          ]}
        >
          <SummaryList
            rows={[
              { key: t("contactJourney.summary.name"), value: adultName(adult) },
              { key: t("contactJourney.summary.relationship"), value: adult.relationship },
            ]}
          />
        </SummaryCard>
      ))}
      <GovukFormLayout form={form} submitText={t("common.continue")}>
        <Radios
          legend={t(adults.length === 0 ? "contactJourney.adults.addFirst" : "contactJourney.adults.addAnother")}
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
