import { useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { createTranslator, type Locale, type Translate } from "./messages";

/** The translator for the language of the current page (English until the Welsh catalogue lands). */
export function useT(): Translate {
  const root = useRouteLoaderData<{ locale?: Locale }>("root");
  const locale = root?.locale ?? "en";
  return useMemo(() => createTranslator(locale), [locale]);
}
