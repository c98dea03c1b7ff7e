import { createTranslator, type MessageKey, type MessageParams } from "./messages";

const t = createTranslator("en");

/**
 * GOV.UK page titles: "<page> – <service>", and "Error: " first when the page
 * shows validation errors, so screen reader users hear it straight away.
 */
export function pageTitle(key: MessageKey, options: { params?: MessageParams; hasErrors?: boolean } = {}): string {
  const prefix = options.hasErrors ? t("error.pageTitlePrefix") : "";
  return `${prefix}${t(key, options.params)} – ${t("service.name")}`;
}
