import { DateInput } from "~/components/govuk/date-input";
import { Input } from "~/components/govuk/input";
import type { GovukForm } from "~/components/forms/govuk-form";
import { usePlanT } from "./terms";

export function ChildFields({ form, prefix = "" }: { form: GovukForm; prefix?: string }) {
  const t = usePlanT();
  const name = (field: string) => `${prefix}${field}`;
  return (
    <>
      <Input
        label={t("plans.child.firstName")}
        {...form.field(name("firstName"))}
        autoComplete="off"
        spellCheck={false}
      />
      <Input
        label={t("plans.child.lastName")}
        {...form.field(name("lastName"))}
        autoComplete="off"
        spellCheck={false}
      />
      <DateInput
        legend={t("plans.child.dateOfBirth")}
        hint={t("plans.child.dateOfBirthHint")}
        {...form.date(name("dateOfBirth"))}
      />
    </>
  );
}
