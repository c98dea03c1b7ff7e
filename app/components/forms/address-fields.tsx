import type { ReactNode } from "react";
import { Fieldset } from "~/components/govuk/field";
import { Input } from "~/components/govuk/input";
import { useT } from "~/i18n/use-t";
import type { GovukForm } from "./govuk-form";

/** GOV.UK's address pattern: lines, town and postcode, each its own box, named `${name}.line1` and so on. */
export function AddressFields({ form, name, legend }: { form: GovukForm; name: string; legend: ReactNode }) {
  const t = useT();
  const part = (key: string) => `${name}.${key}`;
  return (
    <Fieldset legend={legend} legendSize="m">
      <Input label={t("contactJourney.address.line1")} autoComplete="address-line1" {...form.field(part("line1"))} />
      <Input label={t("contactJourney.address.line2")} autoComplete="address-line2" {...form.field(part("line2"))} />
      <Input
        label={t("contactJourney.address.town")}
        autoComplete="address-level2"
        width="two-thirds"
        {...form.field(part("town"))}
      />
      <Input
        label={t("contactJourney.address.postcode")}
        autoComplete="postal-code"
        width="10"
        {...form.field(part("postcode"))}
      />
    </Fieldset>
  );
}
