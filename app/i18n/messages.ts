import { en } from "./en";

export type MessageKey = keyof typeof en;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const locales = ["en"] as const;
export type Locale = (typeof locales)[number];

const catalogues: Record<Locale, Record<MessageKey, string>> = { en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Replaces `{name}` placeholders with the given values; unknown placeholders stay visible so they are noticed. */
function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function createTranslator(locale: Locale = "en"): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => interpolate(catalogue[key], params);
}

/**
 * Validation schemas carry message keys rather than sentences, so that one
 * schema serves every language. This turns such a key into text, and leaves
 * anything that is not a key (a library's own message) as it is.
 */
export function translateError(t: Translate, message: string): string {
  return isMessageKey(message) ? t(message) : message;
}
