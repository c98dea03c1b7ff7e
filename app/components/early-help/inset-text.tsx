import type { ReactNode } from "react";

export function InsetText({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="govuk-inset-text">
      {title ? <h2 className="govuk-heading-s">{title}</h2> : null}
      <p className="govuk-body app-preserve-lines">{children}</p>
    </div>
  );
}
