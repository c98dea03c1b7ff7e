import { NotificationBanner } from "~/components/govuk/notification-banner";
import type { KnownReason } from "~/domain/mash/known-child";
import type { Translate } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";
import { displayName } from "./names";

/** "person record, open early help plan" */
function knownReasonList(t: Translate, reasons: readonly KnownReason[]): string {
  return reasons.map((reason) => t(`mash.known.reason.${reason}`)).join(", ");
}

/** In a queue row: the council already knows a child in this contact, and why (a plain function: rows call no hooks). */
export function knownTag(t: Translate, reasons: readonly KnownReason[]) {
  if (reasons.length === 0) return null;
  return (
    <>
      <strong className="govuk-tag govuk-tag--blue">{t("mash.known.tag")}</strong>{" "}
      <span className="govuk-body-s">{knownReasonList(t, reasons)}</span>
    </>
  );
}

/**
 * At the top of the screening page, before anyone links a child: which
 * children the council already knows, and why, so the screener looks for
 * their record and history first.
 */
export function KnownChildrenBanner({
  contactChildren,
}: {
  contactChildren: readonly { id: string; firstName: string | null; lastName: string; known: readonly KnownReason[] }[];
}) {
  const t = useT();
  const known = contactChildren.filter((child) => child.known.length > 0);
  if (known.length === 0) return null;
  return (
    <NotificationBanner title={t("mash.known.bannerTitle")} titleId="known-children-title">
      <ul className="govuk-list">
        {known.map((child) => (
          <li key={child.id}>
            {t("mash.known.child", { name: displayName(child), reasons: knownReasonList(t, child.known) })}
          </li>
        ))}
      </ul>
    </NotificationBanner>
  );
}
