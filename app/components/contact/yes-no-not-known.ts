import type { ReactNode } from "react";
import type { Translate } from "~/i18n/messages";

/** The journey's answer to what a referrer may not know about a person: "Yes", "No" or "Not known", "Yes" revealing a follow-up question. */
export function yesNoNotKnownItems(t: Translate, whenYes?: ReactNode) {
  return [
    { value: "yes", label: t("common.yes"), conditional: whenYes },
    { value: "no", label: t("common.no") },
    { value: "notKnown", label: t("contactJourney.notKnown") },
  ];
}
