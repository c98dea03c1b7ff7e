import { JourneyPage } from "~/components/contact/journey-page";
import { FormErrorSummary, GovukFormLayout, useGovukForm, type FormReply } from "~/components/forms/govuk-form";
import { Radios } from "~/components/govuk/choices";
import { removeAdultSchema, removeChildSchema } from "~/forms/contact/add-another";
import { useT } from "~/i18n/use-t";

/** The confirmation page before a child or adult is taken off a draft. */
export function RemoveEntryPage({
  kind,
  name,
  back,
  lastResult,
}: {
  kind: "child" | "adult";
  name: string;
  back: string;
  lastResult?: FormReply;
}) {
  const t = useT();
  const form = useGovukForm({
    id: `remove-${kind}`,
    schema: kind === "child" ? removeChildSchema : removeAdultSchema,
    lastResult,
    fieldOrder: ["remove"],
    titleKey: kind === "child" ? "contactJourney.removeChild.title" : "contactJourney.removeAdult.title",
  });
  return (
    <JourneyPage back={back}>
      <FormErrorSummary form={form} />
      <span className="govuk-caption-l">{t("contactJourney.caption")}</span>
      <GovukFormLayout form={form} submitText={t("common.continue")}>
        <Radios
          legend={t("contactJourney.remove.question", { name })}
          isPageHeading
          inline
          {...form.choice("remove")}
          items={[
            { value: "yes", label: t("common.yes") },
            { value: "no", label: t("common.no") },
          ]}
        />
      </GovukFormLayout>
    </JourneyPage>
  );
}
