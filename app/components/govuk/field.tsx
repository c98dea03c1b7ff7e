import type { ReactNode } from "react";
import { useT } from "~/i18n/use-t";
import { classNames } from "./classes";

/** The hint and error message that every GOV.UK question shares, with the ids that aria-describedby points at. */
export function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div id={`${id}-hint`} className="govuk-hint">
      {children}
    </div>
  );
}

export function ErrorMessage({ id, error }: { id: string; error?: string }) {
  const t = useT();
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">{t("error.prefix")}</span> {error}
    </p>
  );
}

export function FormGroup({ error, children, className }: { error?: string; children: ReactNode; className?: string }) {
  return (
    <div className={classNames("govuk-form-group", error && "govuk-form-group--error", className)}>{children}</div>
  );
}

export interface FieldsetProps {
  legend: ReactNode;
  /** A page whose only question is this fieldset shows its legend as the page heading. */
  isPageHeading?: boolean;
  legendSize?: "s" | "m" | "l" | "xl";
  describedBy?: string;
  children: ReactNode;
}

export function Fieldset({ legend, isPageHeading, legendSize = "m", describedBy, children }: FieldsetProps) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
      <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>
        {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}
