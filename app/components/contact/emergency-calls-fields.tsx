import type { GovukForm } from "~/components/forms/govuk-form";
import { ErrorMessage, Fieldset, FormGroup } from "~/components/govuk/field";
import { Input } from "~/components/govuk/input";
import { useT } from "~/i18n/use-t";

export const emergencyCallsFields = ["phonedPolice", "phonedMash", "calledAt"] as const;

/**
 * "I have phoned the police / the MASH" and when: asked of a referrer who says a child is in immediate danger,
 * and of a practitioner stepping a plan up for the same reason. Each call is its own yes-checkbox (not one
 * checkbox group), so the schema can say which call is missing; the fieldset shows whichever error comes first.
 */
export function EmergencyCallsFields({ form, small }: { form: GovukForm; small?: boolean }) {
  const t = useT();
  const callsError = form.error("phonedPolice") ?? form.error("phonedMash");
  return (
    <>
      <FormGroup error={callsError}>
        <Fieldset
          legend={t("contactJourney.emergencyCalls.confirm.legend")}
          legendSize={small ? "s" : undefined}
          describedBy={callsError ? "calls-error" : undefined}
        >
          <ErrorMessage id="calls" error={callsError} />
          <div
            className={small ? "govuk-checkboxes govuk-checkboxes--small" : "govuk-checkboxes"}
            data-module="govuk-checkboxes"
          >
            {(["phonedPolice", "phonedMash"] as const).map((name) => (
              <div key={name} className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={name}
                  name={name}
                  type="checkbox"
                  value="yes"
                  defaultChecked={form.value(name) === "yes"}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={name}>
                  {t(`contactJourney.emergencyCalls.${name}`)}
                </label>
              </div>
            ))}
          </div>
        </Fieldset>
      </FormGroup>
      <Input
        label={t("contactJourney.emergencyCalls.calledAt.label")}
        hint={t("contactJourney.emergencyCalls.calledAt.hint")}
        width="5"
        {...form.field("calledAt")}
      />
    </>
  );
}
