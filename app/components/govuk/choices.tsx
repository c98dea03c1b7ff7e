import type { ReactNode } from "react";
import { classNames } from "./classes";
import { describedBy, ErrorMessage, Fieldset, FormGroup, Hint } from "./field";

interface ChoiceItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown beneath the choice when it is selected (revealed by GOV.UK's JavaScript; always visible without it). */
  conditional?: ReactNode;
}

interface ChoicesProps {
  kind: "radio" | "checkbox";
  /** Used for the first choice's id, so that an error summary link lands on it. */
  id: string;
  name: string;
  legend: ReactNode;
  isPageHeading?: boolean;
  legendSize?: "s" | "m" | "l" | "xl";
  hint?: ReactNode;
  error?: string;
  items: ChoiceItem[];
  selected?: string | string[];
  inline?: boolean;
  small?: boolean;
}

function Choices({
  kind,
  id,
  name,
  legend,
  isPageHeading,
  legendSize,
  hint,
  error,
  items,
  selected,
  inline,
  small,
}: ChoicesProps) {
  const block = kind === "radio" ? "govuk-radios" : "govuk-checkboxes";
  const chosen = new Set(Array.isArray(selected) ? selected : selected ? [selected] : []);
  return (
    <FormGroup error={error}>
      <Fieldset
        legend={legend}
        isPageHeading={isPageHeading}
        legendSize={legendSize ?? (isPageHeading ? "l" : "m")}
        describedBy={describedBy(id, hint, error)}
      >
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id} error={error} />
        <div
          className={classNames(block, inline && `${block}--inline`, small && `${block}--small`)}
          data-module={block}
        >
          {items.map((item, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`;
            const conditionalId = `conditional-${itemId}`;
            return (
              <ChoiceRow
                key={item.value}
                block={block}
                kind={kind}
                itemId={itemId}
                name={name}
                item={item}
                checked={chosen.has(item.value)}
                conditionalId={conditionalId}
              />
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}

function ChoiceRow({
  block,
  kind,
  itemId,
  name,
  item,
  checked,
  conditionalId,
}: {
  block: string;
  kind: "radio" | "checkbox";
  itemId: string;
  name: string;
  item: ChoiceItem;
  checked: boolean;
  conditionalId: string;
}) {
  return (
    <>
      <div className={`${block}__item`}>
        <input
          className={`${block}__input`}
          id={itemId}
          name={name}
          type={kind}
          value={item.value}
          defaultChecked={checked}
          data-aria-controls={item.conditional ? conditionalId : undefined}
          aria-describedby={item.hint ? `${itemId}-item-hint` : undefined}
        />
        <label className={`govuk-label ${block}__label`} htmlFor={itemId}>
          {item.label}
        </label>
        {item.hint ? (
          <div id={`${itemId}-item-hint`} className={`govuk-hint ${block}__hint`}>
            {item.hint}
          </div>
        ) : null}
      </div>
      {item.conditional ? (
        <div
          className={classNames(`${block}__conditional`, !checked && `${block}__conditional--hidden`)}
          id={conditionalId}
        >
          {item.conditional}
        </div>
      ) : null}
    </>
  );
}

export type RadiosProps = Omit<ChoicesProps, "kind">;
export type CheckboxesProps = Omit<ChoicesProps, "kind" | "selected"> & { selected?: string[] };

export function Radios(props: RadiosProps) {
  return <Choices kind="radio" {...props} />;
}

export function Checkboxes(props: CheckboxesProps) {
  return <Choices kind="checkbox" {...props} />;
}
