import { Radios } from "~/components/govuk/choices";
import { roles } from "~/domain/roles";
import { useT } from "~/i18n/use-t";

export function RoleRadios({ selected, error }: { selected?: string; error?: string }) {
  const t = useT();
  return (
    <Radios
      id="role"
      name="role"
      legend={t("admin.invite.role.legend")}
      legendSize="s"
      error={error}
      selected={selected}
      items={roles.map((role) => ({ value: role, label: t(`role.${role}`), hint: t(`role.${role}.hint`) }))}
    />
  );
}
