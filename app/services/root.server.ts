import { can, type Action } from "~/auth/permissions";
import { getSession } from "~/auth/session.server";
import type { NavigationLink } from "~/components/layout/navigation";
import { config } from "~/config.server";
import type { Role } from "~/domain/roles";
import type { Locale } from "~/i18n/messages";

export interface RootData {
  locale: Locale;
  navigation: NavigationLink[];
  user: { name: string; role: Role; organisationName: string } | null;
  /** For the warning before the idle timeout: seconds until this session ends if nothing happens. */
  session: { idleSecondsLeft: number; warningSeconds: number } | null;
}

/** The menu: each section shows for the roles whose permissions let them use it. */
const sections: { href: string; textKey: NavigationLink["textKey"]; action: Action | Action[] }[] = [
  { href: "/contacts", textKey: "nav.contacts", action: "contact.viewOwnOrganisation" },
  { href: "/mash", textKey: "nav.mash", action: "mash.screen" },
  { href: "/mash/contacts/new", textKey: "nav.recordContact", action: "contact.record" },
  { href: "/mash/sign-off", textKey: "nav.signOff", action: "mash.signOff" },
  { href: "/mash/checks", textKey: "nav.checks", action: "mash.answerChecks" },
  { href: "/early-help", textKey: "nav.earlyHelp", action: "earlyHelp.viewOwnPlans" },
  { href: "/early-help/step-downs", textKey: "nav.stepDowns", action: ["stepDown.create", "stepDown.accept"] },
  { href: "/referrals", textKey: "nav.referrals", action: "referrals.view" },
  { href: "/reports", textKey: "nav.reports", action: "reports.view" },
  { href: "/reports/my-organisation", textKey: "nav.reports", action: "reports.viewOwnOrganisation" },
  { href: "/reports/returns", textKey: "nav.returns", action: "reports.returns" },
  { href: "/admin/organisations", textKey: "nav.organisations", action: "admin.organisations" },
  { href: "/admin/users", textKey: "nav.users", action: "admin.users" },
  { href: "/admin/audit", textKey: "nav.audit", action: "admin.audit" },
  { href: "/admin/thresholds", textKey: "nav.thresholds", action: "thresholds.publish" },
  { href: "/admin/notifications", textKey: "nav.notifications", action: "admin.notifications" },
  { href: "/account", textKey: "nav.account", action: "account.manage" },
];

/** What every page needs: the language, and the menu for whoever is signed in. */
export async function rootData(request: Request): Promise<RootData> {
  const found = await getSession(request);
  if (found?.session.stage !== "signed_in") return { locale: "en", navigation: [], user: null, session: null };
  const { user, session } = found;
  const navigation = sections
    .filter((section) => [section.action].flat().some((action) => can(user, action)))
    .map(({ href, textKey }) => ({ href, textKey }));
  const endsAt = Math.min(session.idleExpiresAt.getTime(), session.absoluteExpiresAt.getTime());
  return {
    locale: "en",
    navigation,
    user: { name: user.name, role: user.role, organisationName: user.organisationName },
    session: {
      idleSecondsLeft: Math.max(0, Math.floor((endsAt - Date.now()) / 1000)),
      warningSeconds: config().SESSION_WARNING_MINUTES * 60,
    },
  };
}
