import { Radios } from "~/components/govuk/choices";
import type { FieldProps } from "~/components/forms/govuk-form";
import { roles } from "~/domain/roles";
import { useT } from "~/i18n/use-t";

/** Which role a user has: takes its id, name, error and choice from the form (`form.choice("role")`). */
export function RoleRadios(props: FieldProps & { selected: string[] }) {
  const t = useT();
  return (
    <Radios
      {...props}
      legend={t("admin.invite.role.legend")}
      legendSize="s"
      items={roles.map((role) => ({ value: role, label: t(`role.${role}`), hint: t(`role.${role}.hint`) }))}
    />
  );
}
