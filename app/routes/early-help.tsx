import { Outlet } from "@remix-run/react";
import { earlyHelpSettings } from "~/services/early-help-settings.server";

/**
 * Every early help page sits under this layout, whose only job is to tell the
 * pages which words the council uses ("early help plan" or "Family Help plan").
 * The vocabulary is configuration, not personal data, so it needs no sign-in;
 * each page below authorises itself.
 */
export function loader() {
  return { vocabulary: earlyHelpSettings().model.vocabulary };
}

export default function EarlyHelpLayout() {
  return <Outlet />;
}
