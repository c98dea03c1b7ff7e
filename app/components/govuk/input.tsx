import type { InputHTMLAttributes, ReactNode } from "react";
import { classNames } from "./classes";
import { describedBy, ErrorMessage, FormGroup, Hint } from "./field";

interface LabelProps {
  htmlFor: string;
  children: ReactNode;
  isPageHeading?: boolean;
  size?: "s" | "m" | "l" | "xl";
}

export function Label({ htmlFor, children, isPageHeading, size }: LabelProps) {
  const label = (
    <label className={classNames("govuk-label", size && `govuk-label--${size}`)} htmlFor={htmlFor}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}

interface InputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  isPageHeading?: boolean;
  labelSize?: "s" | "m" | "l" | "xl";
  /** GOV.UK fixed widths, e.g. "10" for govuk-input--width-10, or "full"/"three-quarters"… for fluid widths. */
  width?:
    "2" | "3" | "4" | "5" | "10" | "20" | "30" | "full" | "three-quarters" | "two-thirds" | "one-half" | "one-third";
}

export function Input({
  id,
  name,
  label,
  hint,
  error,
  isPageHeading,
  labelSize,
  width,
  className,
  type = "text",
  ...props
}: InputProps) {
  const widthClass = width && (/^\d+$/.test(width) ? `govuk-input--width-${width}` : `govuk-!-width-${width}`);
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} isPageHeading={isPageHeading} size={labelSize ?? (isPageHeading ? "l" : undefined)}>
        {label}
      </Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id} error={error} />
      <input
        id={id}
        name={name}
        type={type}
        className={classNames("govuk-input", widthClass, error && "govuk-input--error", className)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...props}
      />
    </FormGroup>
  );
}
