import type { ReactNode, SelectHTMLAttributes } from "react";
import { classNames } from "./classes";
import { describedBy, ErrorMessage, FormGroup, Hint } from "./field";
import { Label } from "./input";

interface SelectOption {
  value: string;
  text: string;
}

interface SelectGroup {
  label: string;
  options: SelectOption[];
}

interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The first, empty choice: what "not answered" looks like. */
  placeholder?: string;
  options?: SelectOption[];
  /** Options under headings (`optgroup`), such as the census ethnic groups. */
  groups?: SelectGroup[];
}

/**
 * GOV.UK select. GOV.UK advises radios over selects where it can; a select
 * is for a long list people scan for one known answer, like ethnicity.
 */
export function Select({
  id,
  name,
  label,
  hint,
  error,
  placeholder,
  options,
  groups,
  className,
  ...props
}: SelectProps) {
  return (
    <FormGroup error={error}>
      <Label htmlFor={id}>{label}</Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id} error={error} />
      <select
        id={id}
        name={name}
        className={classNames("govuk-select", error && "govuk-select--error", className)}
        aria-describedby={describedBy(id, hint, error)}
        {...props}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.text}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FormGroup>
  );
}
