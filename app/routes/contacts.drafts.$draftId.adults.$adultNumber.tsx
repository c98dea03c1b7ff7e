import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { JourneyPage } from "~/components/contact/journey-page";
import { yesNoNotKnownItems } from "~/components/contact/yes-no-not-known";
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
import { entryPageLoader, saveEntryAction } from "~/route-support/entry-page.server";

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

function formValues(adult: AdultAnswers | undefined): Record<string, unknown> {
  if (!adult) return {};
  return { ...adult, ...(adult.dateOfBirth ? { dateOfBirth: isoDateToParts(adult.dateOfBirth) } : {}) };
}

export function loader(args: LoaderFunctionArgs) {
  return entryPageLoader(args, "adult", args.params.adultNumber, formValues);
}

export function action(args: ActionFunctionArgs) {
  return saveEntryAction(args, "adult", args.params.adultNumber);
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
          items={yesNoNotKnownItems(t)}
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
          items={yesNoNotKnownItems(
            t,
            <Textarea
              label={t("contactJourney.adult.riskDetails")}
              hint={t("contactJourney.adult.riskDetails.hint")}
              rows={4}
              {...form.field("riskDetails")}
            />,
          )}
        />
      </GovukFormLayout>
    </JourneyPage>
  );
}
