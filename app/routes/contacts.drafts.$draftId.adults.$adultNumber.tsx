import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { JourneyPage } from "~/components/contact/journey-page";
import { AddressFields } from "~/components/forms/address-fields";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
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
          label={t("contactJourney.adult.firstName")}
          autoComplete="off"
          spellCheck={false}
          {...form.field("firstName")}
        />
        <Input
          label={t("contactJourney.adult.lastName")}
          autoComplete="off"
          spellCheck={false}
          {...form.field("lastName")}
        />
        <Input
          label={t("contactJourney.adult.relationship")}
          hint={t("contactJourney.adult.relationship.hint")}
          {...form.field("relationship")}
        />
        <Radios
          legend={t("contactJourney.adult.parentalResponsibility")}
          {...form.choice("parentalResponsibility")}
          items={yesNoNotKnown}
        />
        <DateInput
          legend={t("contactJourney.adult.dateOfBirth")}
          legendSize="m"
          hint={t("contactJourney.adult.dateOfBirth.hint")}
          {...form.date("dateOfBirth")}
        />
        <Radios
          legend={t("contactJourney.adult.livesWithChild")}
          {...form.choice("livesWithChild")}
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
          legend={t("contactJourney.adult.knownRisk")}
          {...form.choice("knownRisk")}
          items={yesNoNotKnown.map((item) =>
            item.value === "yes"
              ? {
                  ...item,
                  conditional: (
                    <Textarea
                      label={t("contactJourney.adult.riskDetails")}
                      hint={t("contactJourney.adult.riskDetails.hint")}
                      rows={4}
                      {...form.field("riskDetails")}
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
