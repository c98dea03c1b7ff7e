import type { ReactNode, TextareaHTMLAttributes } from "react";
import { useT } from "~/i18n/use-t";
import { classNames } from "./classes";
import { describedBy, ErrorMessage, FormGroup, Hint } from "./field";
import { Label } from "./input";

interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  isPageHeading?: boolean;
  labelSize?: "s" | "m" | "l" | "xl";
  /**
   * Shows GOV.UK's character count. Used as guidance: the count tells the
   * writer how far they are from a useful minimum or a maximum.
   */
  maxLength?: number;
}

export function Textarea({
  id,
  name,
  label,
  hint,
  error,
  isPageHeading,
  labelSize,
  maxLength,
  rows = 5,
  className,
  ...props
}: TextareaProps) {
  const t = useT();
  const field = (
    <FormGroup error={error} className={maxLength ? "govuk-character-count" : undefined}>
      <Label htmlFor={id} isPageHeading={isPageHeading} size={labelSize ?? (isPageHeading ? "l" : undefined)}>
        {label}
      </Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id} error={error} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        className={classNames(
          "govuk-textarea",
          maxLength !== undefined && "govuk-js-character-count",
          error && "govuk-textarea--error",
          className,
        )}
        aria-describedby={
          [describedBy(id, hint, error), maxLength ? `${id}-info` : null].filter(Boolean).join(" ") || undefined
        }
        {...props}
      />
      {maxLength ? (
        <div id={`${id}-info`} className="govuk-hint govuk-character-count__message">
          {t("form.characterLimit", { count: maxLength })}
        </div>
      ) : null}
    </FormGroup>
  );
  if (!maxLength) return field;
  return (
    <div className="govuk-character-count" data-module="govuk-character-count" data-maxlength={maxLength}>
      {field}
    </div>
  );
}
