import { Checkboxes } from "~/components/govuk/choices";
import { DateInput } from "~/components/govuk/date-input";
import { Fieldset } from "~/components/govuk/field";
import { Input } from "~/components/govuk/input";
import { consentPurposeLabels, consentPurposes } from "~/domain/early-help/consent";
import { fieldId, type FormFeedback } from "./form";
import { usePlanT } from "./terms";

/** Who gave consent, when and to what: the same questions when starting a plan, recording consent and stepping down. */
export function ConsentFields({ form, prefix = "" }: { form: FormFeedback; prefix?: string }) {
  const t = usePlanT();
  const name = (field: string) => `${prefix}${field}`;
  return (
    <Fieldset legend={t("plans.consent.legend")} legendSize="m">
      <p className="govuk-body">{t("plans.consent.explain")}</p>
      <Input
        id={fieldId(name("givenBy.name"))}
        name={name("givenBy.name")}
        label={t("plans.consent.givenByName")}
        error={form.error(name("givenBy.name"))}
        defaultValue={form.value(name("givenBy.name"))}
        autoComplete="off"
      />
      <Input
        id={fieldId(name("givenBy.relationship"))}
        name={name("givenBy.relationship")}
        label={t("plans.consent.relationship")}
        hint={t("plans.consent.relationshipHint")}
        error={form.error(name("givenBy.relationship"))}
        defaultValue={form.value(name("givenBy.relationship"))}
        width="20"
      />
      <DateInput
        id={fieldId(name("givenOn"))}
        name={name("givenOn")}
        legend={t("plans.consent.givenOn")}
        hint={t("plans.form.dateHint")}
        error={form.error(name("givenOn"))}
        defaultValue={form.date(name("givenOn"))}
      />
      <Checkboxes
        id={fieldId(name("purposes"))}
        name={name("purposes")}
        legend={t("plans.consent.purposes")}
        legendSize="s"
        hint={t("plans.consent.purposesHint")}
        error={form.error(name("purposes"))}
        selected={form.values(name("purposes"))}
        items={consentPurposes.map((purpose) => ({ value: purpose, label: t(consentPurposeLabels[purpose]) }))}
      />
    </Fieldset>
  );
}
