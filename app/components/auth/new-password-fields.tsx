import { Input } from "~/components/govuk/input";
import { useT } from "~/i18n/use-t";

/** A new password and its confirmation, with the advice GOV.UK and the NCSC give. */
export function NewPasswordFields({ errors }: { errors: { password?: string; confirmPassword?: string } }) {
  const t = useT();
  return (
    <>
      <Input
        id="password"
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("auth.password.new.label")}
        hint={t("auth.password.new.hint")}
        error={errors.password}
      />
      <Input
        id="confirmPassword"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        label={t("auth.password.confirm.label")}
        error={errors.confirmPassword}
      />
    </>
  );
}
