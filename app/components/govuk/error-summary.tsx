import { useEffect, useRef, type MouseEvent } from "react";
import { useT } from "~/i18n/use-t";

export interface ErrorSummaryItem {
  /** The id of the field in error, without the leading #; none for a problem with the whole page (the service is down). */
  fieldId?: string;
  text: string;
}

/**
 * What GOV.UK Frontend's error summary does for a link (its script only sees
 * summaries that were on the page when it started, not ones shown after the
 * browser checked a form): focus the field, and scroll so that its label or
 * legend is in view too. Without JavaScript the link is a plain jump.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const legend = field.closest("fieldset")?.querySelector("legend");
  const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  (legend ?? label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}

/** GOV.UK error summary: at the top of the page, focused when it appears, each item linking to its field. */
export function ErrorSummary({ errors }: { errors: ErrorSummaryItem[] }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((error) => `${error.fieldId ?? ""}:${error.text}`).join("|");
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{t("error.summaryTitle")}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId ?? ""}-${error.text}`}>
                {error.fieldId ? (
                  <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId!)}>
                    {error.text}
                  </a>
                ) : (
                  error.text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
