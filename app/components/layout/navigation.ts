import { useLocation, useRouteLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import type { MessageKey } from "~/i18n/messages";
import type { NavigationItem } from "./header";
import { paths } from "~/paths";

export interface NavigationLink {
  href: string;
  textKey: MessageKey;
}

/**
 * The menu item for the section the page is in: the longest link the address
 * starts with, so "Returns" (/reports/returns) alone is marked on its own
 * pages, not "Reports" (/reports) as well.
 */
export function currentHref(hrefs: readonly string[], pathname: string): string | undefined {
  const within = (href: string) =>
    href === paths.home() ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return hrefs.filter(within).sort((a, b) => b.length - a.length)[0];
}

/** The signed-in user's menu, decided on the server from their role; marks the section the page is in. */
export function useServiceNavigation(): NavigationItem[] {
  const t = useT();
  const { pathname } = useLocation();
  const root = useRouteLoaderData<{ navigation?: NavigationLink[] }>("root");
  const links = root?.navigation ?? [];
  const current = currentHref(
    links.map((link) => link.href),
    pathname,
  );
  return links.map((link) => ({ href: link.href, text: t(link.textKey), current: link.href === current }));
}
