import type { ReactNode } from "react";

export function WarningText({ assistiveText, children }: { assistiveText: string; children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{assistiveText}</span>
        {children}
      </strong>
    </div>
  );
}
