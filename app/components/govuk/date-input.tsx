import type { ReactNode } from "react";
import { useT } from "~/i18n/use-t";
import { classNames } from "./classes";
import { describedBy, ErrorMessage, Fieldset, FormGroup, Hint } from "./field";

interface DateInputProps {
  /** Field names are `${name}.day`, `${name}.month`, `${name}.year`; the day box gets the id the error summary links to. */
  id: string;
  name: string;
  legend: ReactNode;
  isPageHeading?: boolean;
  legendSize?: "s" | "m" | "l" | "xl";
  hint?: ReactNode;
  error?: string;
  defaultValue?: { day?: string; month?: string; year?: string };
}

export function DateInput({ id, name, legend, isPageHeading, legendSize, hint, error, defaultValue }: DateInputProps) {
  const t = useT();
  const parts = [
    { part: "day", label: t("form.date.day"), width: 2 },
    { part: "month", label: t("form.date.month"), width: 2 },
    { part: "year", label: t("form.date.year"), width: 4 },
  ] as const;
  return (
    <FormGroup error={error}>
      <Fieldset
        legend={legend}
        isPageHeading={isPageHeading}
        legendSize={legendSize ?? (isPageHeading ? "l" : "s")}
        describedBy={describedBy(id, hint, error)}
      >
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id} error={error} />
        <div className="govuk-date-input" id={`${id}-group`}>
          {parts.map(({ part, label, width }) => {
            const partId = part === "day" ? id : `${id}-${part}`;
            return (
              <div key={part} className="govuk-date-input__item">
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={partId}>
                    {label}
                  </label>
                  <input
                    className={classNames(
                      "govuk-input govuk-date-input__input",
                      `govuk-input--width-${width}`,
                      error && "govuk-input--error",
                    )}
                    id={partId}
                    name={`${name}.${part}`}
                    type="text"
                    inputMode="numeric"
                    defaultValue={defaultValue?.[part]}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
