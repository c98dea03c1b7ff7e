import type { GovukForm } from "~/components/forms/govuk-form";
import { Input } from "~/components/govuk/input";
import { useT } from "~/i18n/use-t";

/** A new password and its confirmation, with the advice GOV.UK and the NCSC give. */
export function NewPasswordFields({ form }: { form: GovukForm }) {
  const t = useT();
  return (
    <>
      <Input
        type="password"
        autoComplete="new-password"
        label={t("auth.password.new.label")}
        hint={t("auth.password.new.hint")}
        {...form.field("password")}
      />
      <Input
        type="password"
        autoComplete="new-password"
        label={t("auth.password.confirm.label")}
        {...form.field("confirmPassword")}
      />
    </>
  );
}
