import type { ReactNode } from "react";
import { Fieldset } from "~/components/govuk/field";
import { Input } from "~/components/govuk/input";
import { useT } from "~/i18n/use-t";
import { fieldId, type GovukForm } from "./govuk-form";

/** GOV.UK's address pattern: lines, town and postcode, each its own box, named `${name}.line1` and so on. */
export function AddressFields({ form, name, legend }: { form: GovukForm; name: string; legend: ReactNode }) {
  const t = useT();
  const part = (key: string) => `${name}.${key}`;
  return (
    <Fieldset legend={legend} legendSize="m">
      <Input
        id={fieldId(part("line1"))}
        name={part("line1")}
        label={t("contactJourney.address.line1")}
        autoComplete="address-line1"
        error={form.error(part("line1"))}
        defaultValue={form.value(part("line1"))}
      />
      <Input
        id={fieldId(part("line2"))}
        name={part("line2")}
        label={t("contactJourney.address.line2")}
        autoComplete="address-line2"
        error={form.error(part("line2"))}
        defaultValue={form.value(part("line2"))}
      />
      <Input
        id={fieldId(part("town"))}
        name={part("town")}
        label={t("contactJourney.address.town")}
        autoComplete="address-level2"
        width="two-thirds"
        error={form.error(part("town"))}
        defaultValue={form.value(part("town"))}
      />
      <Input
        id={fieldId(part("postcode"))}
        name={part("postcode")}
        label={t("contactJourney.address.postcode")}
        autoComplete="postal-code"
        width="10"
        error={form.error(part("postcode"))}
        defaultValue={form.value(part("postcode"))}
      />
    </Fieldset>
  );
}

/** A GOV.UK date input wired to the form: `${name}.day`, `.month`, `.year`. */
export function dateValue(form: GovukForm, name: string): { day?: string; month?: string; year?: string } {
  return { day: form.value(`${name}.day`), month: form.value(`${name}.month`), year: form.value(`${name}.year`) };
}
