import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { JourneyPage } from "~/components/contact/journey-page";
import { yesNoNotKnownItems } from "~/components/contact/yes-no-not-known";
import { AddressFields } from "~/components/forms/address-fields";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { Radios } from "~/components/govuk/choices";
import { DateInput } from "~/components/govuk/date-input";
import { Input } from "~/components/govuk/input";
import { Select } from "~/components/govuk/select";
import { Textarea } from "~/components/govuk/textarea";
import { ethnicities } from "~/domain/contact/census";
import { formatNhsNumber } from "~/domain/contact/nhs-number";
import { childSchema, type ChildAnswers } from "~/forms/contact/child";
import { isoDateToParts } from "~/forms/date-input";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { entryPageLoader, saveEntryAction } from "~/route-support/entry-page.server";

export const handle = { titleKey: "contactJourney.child.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.child.title") }];

const fieldOrder = [
  "isUnborn",
  "dueDate",
  "dateOfBirth",
  "firstName",
  "lastName",
  "otherNames",
  "sex",
  "genderIdentity",
  "nhsNumber",
  "address",
  "schoolOrSetting",
  "ethnicity",
  "disability",
  "disabilityDetails",
  "firstLanguage",
  "interpreterNeeded",
] as const;

/** A saved child as the page's boxes show it: dates split into day, month and year. */
function formValues(child: ChildAnswers | undefined): Record<string, unknown> {
  if (!child) return {};
  return {
    ...child,
    ...(child.isUnborn === "no" ? { dateOfBirth: isoDateToParts(child.dateOfBirth) } : {}),
    ...(child.isUnborn === "yes" ? { dueDate: isoDateToParts(child.dueDate) } : {}),
    ...(child.nhsNumber ? { nhsNumber: formatNhsNumber(child.nhsNumber) } : {}),
  };
}

export function loader(args: LoaderFunctionArgs) {
  return entryPageLoader(args, "child", args.params.childNumber, formValues);
}

export function action(args: ActionFunctionArgs) {
  return saveEntryAction(args, "child", args.params.childNumber);
}

export default function Child() {
  const t = useT();
  const { number, back, defaultValue } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: `child-${number}`,
    schema: childSchema,
    lastResult: useActionData<typeof action>(),
    defaultValue,
    fieldOrder,
    titleKey: "contactJourney.child.title",
  });
  const groups = [...new Set(ethnicities.map((ethnicity) => ethnicity.group))].map((group) => ({
    label: t(`referenceData.ethnicityGroup.${group}`),
    options: ethnicities
      .filter((ethnicity) => ethnicity.group === group)
      .map((ethnicity) => ({ value: ethnicity.code, text: t(ethnicity.messageKey) })),
  }));
  return (
    <JourneyPage back={back}>
      <FormErrorSummary form={form} />
      <span className="govuk-caption-l">{t("contactJourney.child.title")}</span>
      <h1 className="govuk-heading-l">{t("contactJourney.child.heading", { number })}</h1>
      <GovukFormLayout form={form} submitText={t("common.saveAndContinue")} saveAndReturn>
        <Radios
          legend={t("contactJourney.child.isUnborn")}
          {...form.choice("isUnborn")}
          items={[
            {
              value: "yes",
              label: t("common.yes"),
              conditional: (
                <DateInput
                  legend={t("contactJourney.child.dueDate")}
                  hint={t("contactJourney.child.dueDate.hint")}
                  {...form.date("dueDate")}
                />
              ),
            },
            {
              value: "no",
              label: t("common.no"),
              conditional: (
                <DateInput
                  legend={t("contactJourney.child.dateOfBirth")}
                  hint={t("contactJourney.child.dateOfBirth.hint")}
                  {...form.date("dateOfBirth")}
                />
              ),
            },
          ]}
        />
        <Input
          label={t("contactJourney.child.firstName")}
          hint={t("contactJourney.child.firstNameUnborn.hint")}
          autoComplete="off"
          spellCheck={false}
          {...form.field("firstName")}
        />
        <Input
          label={t("contactJourney.child.lastName")}
          autoComplete="off"
          spellCheck={false}
          {...form.field("lastName")}
        />
        <Input
          label={t("contactJourney.child.otherNames")}
          autoComplete="off"
          spellCheck={false}
          {...form.field("otherNames")}
        />
        <Radios
          legend={t("contactJourney.child.sex")}
          {...form.choice("sex")}
          items={[
            { value: "female", label: t("contactJourney.child.sex.female") },
            { value: "male", label: t("contactJourney.child.sex.male") },
            { value: "notKnown", label: t("contactJourney.notKnown") },
          ]}
        />
        <Input
          label={t("contactJourney.child.genderIdentity")}
          hint={t("contactJourney.child.genderIdentity.hint")}
          {...form.field("genderIdentity")}
        />
        <Input
          label={t("contactJourney.child.nhsNumber")}
          hint={t("contactJourney.child.nhsNumber.hint")}
          inputMode="numeric"
          spellCheck={false}
          width="10"
          {...form.field("nhsNumber")}
        />
        <AddressFields form={form} name="address" legend={t("contactJourney.child.address")} />
        <Input label={t("contactJourney.child.schoolOrSetting")} {...form.field("schoolOrSetting")} />
        <Select
          label={t("contactJourney.child.ethnicity")}
          placeholder={t("contactJourney.child.ethnicity.placeholder")}
          groups={groups}
          {...form.field("ethnicity")}
          defaultValue={form.value("ethnicity") ?? ""}
        />
        <Radios
          legend={t("contactJourney.child.disability")}
          {...form.choice("disability")}
          items={yesNoNotKnownItems(
            t,
            <Textarea
              label={t("contactJourney.child.disabilityDetails")}
              rows={3}
              {...form.field("disabilityDetails")}
            />,
          )}
        />
        <Input
          label={t("contactJourney.child.firstLanguage")}
          hint={t("contactJourney.child.firstLanguage.hint")}
          width="20"
          {...form.field("firstLanguage")}
        />
        <Radios
          legend={t("contactJourney.child.interpreterNeeded")}
          inline
          {...form.choice("interpreterNeeded")}
          items={[
            { value: "yes", label: t("common.yes") },
            { value: "no", label: t("common.no") },
          ]}
        />
      </GovukFormLayout>
    </JourneyPage>
  );
}
