import { DateInput } from "~/components/govuk/date-input";
import { Input } from "~/components/govuk/input";
import { fieldId, type FormFeedback } from "./form";
import { usePlanT } from "./terms";

export function ChildFields({ form, prefix = "" }: { form: FormFeedback; prefix?: string }) {
  const t = usePlanT();
  const name = (field: string) => `${prefix}${field}`;
  return (
    <>
      <Input
        id={fieldId(name("firstName"))}
        name={name("firstName")}
        label={t("plans.child.firstName")}
        error={form.error(name("firstName"))}
        defaultValue={form.value(name("firstName"))}
        autoComplete="off"
        spellCheck={false}
      />
      <Input
        id={fieldId(name("lastName"))}
        name={name("lastName")}
        label={t("plans.child.lastName")}
        error={form.error(name("lastName"))}
        defaultValue={form.value(name("lastName"))}
        autoComplete="off"
        spellCheck={false}
      />
      <DateInput
        id={fieldId(name("dateOfBirth"))}
        name={name("dateOfBirth")}
        legend={t("plans.child.dateOfBirth")}
        hint={t("plans.child.dateOfBirthHint")}
        error={form.error(name("dateOfBirth"))}
        defaultValue={form.date(name("dateOfBirth"))}
      />
    </>
  );
}
