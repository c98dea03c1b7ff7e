import { useLocation, useRouteLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import type { MessageKey } from "~/i18n/messages";
import type { NavigationItem } from "./header";

export interface NavigationLink {
  href: string;
  textKey: MessageKey;
}

/** The signed-in user's menu, decided on the server from their role; marks the section the page is in. */
export function useServiceNavigation(): NavigationItem[] {
  const t = useT();
  const { pathname } = useLocation();
  const root = useRouteLoaderData<{ navigation?: NavigationLink[] }>("root");
  return (root?.navigation ?? []).map((link) => ({
    href: link.href,
    text: t(link.textKey),
    current: link.href === "/" ? pathname === "/" : pathname === link.href || pathname.startsWith(`${link.href}/`),
  }));
}
