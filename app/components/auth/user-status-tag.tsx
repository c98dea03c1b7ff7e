import { Tag } from "~/components/govuk/tag";
import { useT } from "~/i18n/use-t";

const colours = { active: "green", invited: "blue", deactivated: "grey" } as const;

export function UserStatusTag({ status }: { status: keyof typeof colours }) {
  const t = useT();
  return <Tag colour={colours[status]}>{t(`admin.users.status.${status}`)}</Tag>;
}
