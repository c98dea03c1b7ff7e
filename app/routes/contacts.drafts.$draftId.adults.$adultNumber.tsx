import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { JourneyPage } from "~/components/contact/journey-page";
import { AddressFields, dateValue } from "~/components/forms/address-fields";
import { FormErrorSummary, GovukFormLayout, keepPageAfterErrors, useGovukForm } from "~/components/forms/govuk-form";
import { Radios } from "~/components/govuk/choices";
import { DateInput } from "~/components/govuk/date-input";
import { Input } from "~/components/govuk/input";
import { Textarea } from "~/components/govuk/textarea";
import { adultSchema, type AdultAnswers } from "~/forms/contact/adult";
import { isoDateToParts } from "~/forms/date-input";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import {
  backPath,
  replaceAt,
  requireDraftPage,
  indexFromNumber,
  saveDraftPageAction,
} from "~/route-support/draft-page.server";

export const handle = { titleKey: "contactJourney.adult.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.adult.title") }];
export const shouldRevalidate = keepPageAfterErrors;

const fieldOrder = [
  "firstName",
  "lastName",
  "relationship",
  "parentalResponsibility",
  "dateOfBirth",
  "livesWithChild",
  "address",
  "knownRisk",
  "riskDetails",
] as const;

function adultPage(params: LoaderFunctionArgs["params"]): { page: "adult"; index: number } {
  return { page: "adult", index: indexFromNumber(params.adultNumber) };
}

function formValues(adult: AdultAnswers | undefined): Record<string, unknown> {
  if (!adult) return {};
  return { ...adult, ...(adult.dateOfBirth ? { dateOfBirth: isoDateToParts(adult.dateOfBirth) } : {}) };
}

export async function loader(args: LoaderFunctionArgs) {
  const page = adultPage(args.params);
  const { draft, returnTo, unsavedInput } = await requireDraftPage(args, page);
  return {
    number: page.index + 1,
    back: backPath(draft.id, returnTo),
    defaultValue: unsavedInput ?? formValues(draft.answers.adults[page.index]),
  };
}

export function action(args: ActionFunctionArgs) {
  const page = adultPage(args.params);
  return saveDraftPageAction(args, page, {
    schema: () => adultSchema,
    save: (answers, adult) => ({
      ...answers,
      adults: replaceAt(answers.adults, page.index, adult),
      ...(page.index === answers.adults.length ? { addAnotherAdult: undefined } : {}),
    }),
  });
}

export default function Adult() {
  const t = useT();
  const { number, back, defaultValue } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: `adult-${number}`,
    schema: adultSchema,
    lastResult: useActionData<typeof action>(),
    defaultValue,
    fieldOrder,
    titleKey: "contactJourney.adult.title",
  });
  const yesNoNotKnown = [
    { value: "yes", label: t("common.yes") },
    { value: "no", label: t("common.no") },
    { value: "notKnown", label: t("contactJourney.notKnown") },
  ];
  return (
    <JourneyPage back={back}>
      <FormErrorSummary form={form} />
      <span className="govuk-caption-l">{t("contactJourney.adult.title")}</span>
      <h1 className="govuk-heading-l">{t("contactJourney.adult.heading", { number })}</h1>
      <GovukFormLayout form={form} submitText={t("common.saveAndContinue")} saveAndReturn>
        <Input
          id="firstName"
          name="firstName"
          label={t("contactJourney.adult.firstName")}
          autoComplete="off"
          spellCheck={false}
          error={form.error("firstName")}
          defaultValue={form.value("firstName")}
        />
        <Input
          id="lastName"
          name="lastName"
          label={t("contactJourney.adult.lastName")}
          autoComplete="off"
          spellCheck={false}
          error={form.error("lastName")}
          defaultValue={form.value("lastName")}
        />
        <Input
          id="relationship"
          name="relationship"
          label={t("contactJourney.adult.relationship")}
          hint={t("contactJourney.adult.relationship.hint")}
          error={form.error("relationship")}
          defaultValue={form.value("relationship")}
        />
        <Radios
          id="parentalResponsibility"
          name="parentalResponsibility"
          legend={t("contactJourney.adult.parentalResponsibility")}
          error={form.error("parentalResponsibility")}
          selected={form.value("parentalResponsibility")}
          items={yesNoNotKnown}
        />
        <DateInput
          id="dateOfBirth"
          name="dateOfBirth"
          legend={t("contactJourney.adult.dateOfBirth")}
          legendSize="m"
          hint={t("contactJourney.adult.dateOfBirth.hint")}
          error={form.error("dateOfBirth")}
          defaultValue={dateValue(form, "dateOfBirth")}
        />
        <Radios
          id="livesWithChild"
          name="livesWithChild"
          legend={t("contactJourney.adult.livesWithChild")}
          error={form.error("livesWithChild")}
          selected={form.value("livesWithChild")}
          items={[
            { value: "yes", label: t("common.yes") },
            {
              value: "no",
              label: t("common.no"),
              conditional: <AddressFields form={form} name="address" legend={t("contactJourney.adult.address")} />,
            },
          ]}
        />
        <Radios
          id="knownRisk"
          name="knownRisk"
          legend={t("contactJourney.adult.knownRisk")}
          error={form.error("knownRisk")}
          selected={form.value("knownRisk")}
          items={yesNoNotKnown.map((item) =>
            item.value === "yes"
              ? {
                  ...item,
                  conditional: (
                    <Textarea
                      id="riskDetails"
                      name="riskDetails"
                      label={t("contactJourney.adult.riskDetails")}
                      hint={t("contactJourney.adult.riskDetails.hint")}
                      rows={4}
                      error={form.error("riskDetails")}
                      defaultValue={form.value("riskDetails")}
                    />
                  ),
                }
              : item,
          )}
        />
      </GovukFormLayout>
    </JourneyPage>
  );
}
