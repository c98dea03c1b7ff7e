import { Link } from "@remix-run/react";
import { useT } from "~/i18n/use-t";

export function BackLink({ to, children }: { to: string; children?: React.ReactNode }) {
  const t = useT();
  return (
    <Link to={to} className="govuk-back-link">
      {children ?? t("common.back")}
    </Link>
  );
}
