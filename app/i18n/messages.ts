import { IntlMessageFormat } from "intl-messageformat";
import { en } from "./en";

export type MessageKey = keyof typeof en;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export type Locale = "en";

const catalogues: Record<Locale, Record<MessageKey, string>> = { en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Replaces `{name}` placeholders with the given values; unknown placeholders stay visible so they are noticed. */
function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** A message with ICU plural forms ("{count, plural, one {# contact} other {# contacts}}"), formatted by intl-messageformat. */
const pluralForm = /\{\w+, plural,/;
const formats = new Map<string, IntlMessageFormat>();

function formatPlural(template: string, locale: Locale, params?: MessageParams): string {
  const cacheKey = `${locale}:${template}`;
  let format = formats.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(template, locale === "en" ? "en-GB" : locale);
    formats.set(cacheKey, format);
  }
  return String(format.format(params ?? {}));
}

export function createTranslator(locale: Locale = "en"): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => {
    const template = catalogue[key];
    return pluralForm.test(template) ? formatPlural(template, locale, params) : interpolate(template, params);
  };
}

/**
 * Validation schemas carry message keys rather than sentences, so that one
 * schema serves every language. This turns such a key into text, and leaves
 * anything that is not a key (a library's own message) as it is.
 */
export function translateError(t: Translate, message: string): string {
  return isMessageKey(message) ? t(message) : message;
}
