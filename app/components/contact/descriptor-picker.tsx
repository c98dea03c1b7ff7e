import { useState } from "react";
import { fieldId, type GovukForm } from "~/components/forms/govuk-form";
import { Button } from "~/components/govuk/button";
import { ErrorMessage, FormGroup } from "~/components/govuk/field";
import { Tag } from "~/components/govuk/tag";
import type { ThresholdDocument } from "~/domain/thresholds/document";
import { searchDescriptors } from "~/domain/thresholds/search";
import { useT } from "~/i18n/use-t";

interface Props {
  form: GovukForm;
  document: ThresholdDocument;
  /** The search as the page was drawn (the `q` of a search sent without JavaScript). */
  initialQuery: string;
  initialSelected: string[];
}

const name = "descriptorIds";

/**
 * The threshold document's descriptors as checkboxes, one group per domain,
 * with a search that narrows the list but never hides a need already chosen.
 * Every checkbox is always in the form (those filtered out are `hidden`, which
 * still submits them), so nothing chosen is lost by searching. Without
 * JavaScript the Search button sends the form as a GET, carrying the ticks in
 * the address; with it, the list filters as the referrer types.
 */
export function DescriptorPicker({ form, document, initialQuery, initialSelected }: Props) {
  const t = useT();
  const [query, setQuery] = useState(initialQuery);
  const [selected, setSelected] = useState(() => new Set(initialSelected));
  const matching = new Set(searchDescriptors(document, query).map((match) => match.descriptor.id));
  const visible = (id: string) => matching.has(id) || selected.has(id);
  const error = form.error(name);
  const firstId = document.descriptors.find((descriptor) => visible(descriptor.id))?.id;
  const trimmed = query.trim();
  const levelName = (level: number) => document.levels.find((entry) => entry.level === level)?.name ?? "";

  return (
    <div className="app-descriptor-picker">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="q">
          {t("contactJourney.descriptors.search.label")}
        </label>
        <div id="q-hint" className="govuk-hint">
          {t("contactJourney.descriptors.search.hint")}
        </div>
        <input
          className="govuk-input govuk-!-width-two-thirds"
          id="q"
          name="q"
          type="search"
          aria-describedby="q-hint q-status"
          defaultValue={initialQuery}
          // Enter here presses the form's first button, Search, not "Save and continue".
          onChange={(event) => setQuery(event.currentTarget.value)}
        />{" "}
        <Button variant="secondary" name="intent" value="search" formMethod="get" className="govuk-!-margin-bottom-0">
          {t("contactJourney.descriptors.search.button")}
        </Button>{" "}
        {trimmed ? (
          <Button
            variant="secondary"
            name="intent"
            value="clear-search"
            formMethod="get"
            className="govuk-!-margin-bottom-0"
            onClick={(event) => {
              setQuery("");
              const input = event.currentTarget.form?.elements.namedItem("q");
              if (input instanceof HTMLInputElement) input.value = "";
            }}
          >
            {t("contactJourney.descriptors.search.clear")}
          </Button>
        ) : null}
      </div>
      <p id="q-status" className="govuk-body" aria-live="polite">
        {trimmed
          ? t(matching.size ? "contactJourney.descriptors.search.results" : "contactJourney.descriptors.search.none", {
              query: trimmed,
            })
          : ""}
      </p>

      <FormGroup error={error}>
        <ErrorMessage id={fieldId(name)} error={error} />
        {document.domains.map((domain) => {
          const descriptors = document.descriptors
            .filter((descriptor) => descriptor.domain === domain.id)
            .sort((a, b) => a.level - b.level);
          const shown = descriptors.filter((descriptor) => visible(descriptor.id));
          return (
            <fieldset
              key={domain.id}
              className="govuk-fieldset"
              hidden={shown.length === 0}
              aria-describedby={error ? `${fieldId(name)}-error` : undefined}
            >
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{domain.name}</legend>
              <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                {descriptors.map((descriptor) => {
                  const id = descriptor.id === firstId ? fieldId(name) : `descriptor-${descriptor.id}`;
                  return (
                    <div key={descriptor.id} className="govuk-checkboxes__item" hidden={!visible(descriptor.id)}>
                      <input
                        className="govuk-checkboxes__input"
                        id={id}
                        name={name}
                        type="checkbox"
                        value={descriptor.id}
                        defaultChecked={initialSelected.includes(descriptor.id)}
                        aria-describedby={`${id}-hint`}
                        onChange={(event) => {
                          const { checked } = event.currentTarget;
                          setSelected((current) => {
                            const next = new Set(current);
                            if (checked) next.add(descriptor.id);
                            else next.delete(descriptor.id);
                            return next;
                          });
                        }}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                        {descriptor.text}
                      </label>
                      <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
                        <Tag colour={descriptor.level >= 4 ? "red" : descriptor.level === 3 ? "orange" : "grey"}>
                          {t("contactJourney.descriptors.levelTag", { level: descriptor.level })}
                        </Tag>{" "}
                        {levelName(descriptor.level)}
                      </div>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          );
        })}
      </FormGroup>
    </div>
  );
}
