import { Checkboxes } from "~/components/govuk/choices";
import { DateInput } from "~/components/govuk/date-input";
import { Fieldset } from "~/components/govuk/field";
import { Input } from "~/components/govuk/input";
import { consentPurposeLabels, consentPurposes } from "~/domain/early-help/consent";
import type { GovukForm } from "~/components/forms/govuk-form";
import { usePlanT } from "./terms";

/** Who gave consent, when and to what: the same questions when starting a plan, recording consent and stepping down. */
export function ConsentFields({ form, prefix = "" }: { form: GovukForm; prefix?: string }) {
  const t = usePlanT();
  const name = (field: string) => `${prefix}${field}`;
  return (
    <Fieldset legend={t("plans.consent.legend")} legendSize="m">
      <p className="govuk-body">{t("plans.consent.explain")}</p>
      <Input label={t("plans.consent.givenByName")} {...form.field(name("givenBy.name"))} autoComplete="off" />
      <Input
        label={t("plans.consent.relationship")}
        hint={t("plans.consent.relationshipHint")}
        {...form.field(name("givenBy.relationship"))}
        width="20"
      />
      <DateInput legend={t("plans.consent.givenOn")} hint={t("plans.form.dateHint")} {...form.date(name("givenOn"))} />
      <Checkboxes
        legend={t("plans.consent.purposes")}
        legendSize="s"
        hint={t("plans.consent.purposesHint")}
        {...form.choice(name("purposes"))}
        items={consentPurposes.map((purpose) => ({ value: purpose, label: t(consentPurposeLabels[purpose]) }))}
      />
    </Fieldset>
  );
}
