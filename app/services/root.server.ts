import type { NavigationLink } from "~/components/layout/navigation";
import type { Locale } from "~/i18n/messages";

export interface RootData {
  locale: Locale;
  navigation: NavigationLink[];
}

/** What every page needs: the language, and the menu for whoever is signed in. */
export async function rootData(_request: Request): Promise<RootData> {
  return { locale: "en", navigation: [] };
}
