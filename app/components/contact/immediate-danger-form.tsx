import { GovukFormLayout, type GovukForm } from "~/components/forms/govuk-form";
import { Radios } from "~/components/govuk/choices";
import { WarningText } from "~/components/govuk/warning-text";
import { useT } from "~/i18n/use-t";

export const immediateDangerFields = ["immediateDanger"] as const;

/** The first question of every contact, with the warning that a form is not how to report immediate danger. */
export function ImmediateDangerForm({ form }: { form: GovukForm }) {
  const t = useT();
  return (
    <>
      <span className="govuk-caption-l">{t("contactJourney.caption")}</span>
      <WarningText assistiveText={t("contactJourney.warning")}>{t("contact.immediateDanger.warning")}</WarningText>
      <GovukFormLayout form={form} submitText={t("common.continue")}>
        <Radios
          legend={t("contactJourney.immediateDanger.title")}
          isPageHeading
          hint={t("contactJourney.immediateDanger.hint")}
          inline
          {...form.choice("immediateDanger")}
          items={[
            { value: "yes", label: t("common.yes") },
            { value: "no", label: t("common.no") },
          ]}
        />
      </GovukFormLayout>
    </>
  );
}
