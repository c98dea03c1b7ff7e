import { GovukFormLayout, type GovukForm } from "~/components/forms/govuk-form";
import { Radios } from "~/components/govuk/choices";
import { DateInput } from "~/components/govuk/date-input";
import { Input } from "~/components/govuk/input";
import { Select } from "~/components/govuk/select";
import { individualRelationships, recordedChannels } from "~/domain/contact/channels";
import { organisationTypes } from "~/domain/organisations";
import { otherOrganisation } from "~/forms/contact/intake";
import { useT } from "~/i18n/use-t";

export interface IntakeOrganisation {
  id: string;
  name: string;
}

/**
 * The MASH's first page for a contact received by phone, email, letter, in
 * person or as a police notification: how it came, when, and who made it.
 */
export function IntakeForm({
  form,
  organisations,
  submitText,
  saveAndReturn,
}: {
  form: GovukForm;
  organisations: IntakeOrganisation[];
  submitText: string;
  saveAndReturn?: boolean;
}) {
  const t = useT();
  return (
    <GovukFormLayout form={form} submitText={submitText} saveAndReturn={saveAndReturn}>
      <Radios
        {...form.choice("channel")}
        legend={t("contactJourney.intake.channel")}
        items={recordedChannels.map((channel) => ({ value: channel, label: t(`mash.contact.channel.${channel}`) }))}
      />
      <DateInput
        {...form.date("receivedDate")}
        legend={t("contactJourney.intake.receivedDate")}
        legendSize="m"
        hint={t("contactJourney.intake.receivedDate.hint")}
      />
      <Input
        {...form.field("receivedTime")}
        label={t("contactJourney.intake.receivedTime")}
        hint={t("contactJourney.intake.receivedTime.hint")}
        width="5"
        autoComplete="off"
      />
      <Input
        {...form.field("sourceReference")}
        label={t("contactJourney.intake.sourceReference")}
        hint={t("contactJourney.intake.sourceReference.hint")}
        width="20"
        autoComplete="off"
        spellCheck={false}
      />
      <Radios
        {...form.choice("referrerKind")}
        legend={t("contactJourney.intake.referrerKind")}
        items={[
          {
            value: "professional",
            label: t("contactJourney.intake.referrerKind.professional"),
            hint: t("contactJourney.intake.referrerKind.professional.hint"),
            conditional: (
              <>
                <Select
                  {...form.field("organisationId")}
                  label={t("contactJourney.intake.organisationId")}
                  hint={t("contactJourney.intake.organisationId.hint")}
                  placeholder={t("contactJourney.intake.organisationId.placeholder")}
                  options={[
                    ...organisations.map((organisation) => ({ value: organisation.id, text: organisation.name })),
                    { value: otherOrganisation, text: t("contactJourney.intake.organisationId.other") },
                  ]}
                />
                <Select
                  {...form.field("organisationType")}
                  label={t("contactJourney.intake.organisationType")}
                  hint={t("contactJourney.intake.organisationType.hint")}
                  placeholder={t("contactJourney.intake.organisationType.placeholder")}
                  options={organisationTypes.map((type) => ({
                    value: type,
                    text: t(`referenceData.organisationType.${type}`),
                  }))}
                />
              </>
            ),
          },
          {
            value: "individual",
            label: t("contactJourney.intake.referrerKind.individual"),
            hint: t("contactJourney.intake.referrerKind.individual.hint"),
            conditional: (
              <>
                <Input
                  {...form.field("individualName")}
                  label={t("contactJourney.intake.individualName")}
                  autoComplete="off"
                  spellCheck={false}
                />
                <Radios
                  {...form.choice("relationship")}
                  legend={t("contactJourney.intake.relationship")}
                  legendSize="s"
                  items={individualRelationships.map((relationship) => ({
                    value: relationship,
                    label: t(`referenceData.referralSource.${relationshipSource[relationship]}`),
                  }))}
                />
                <Input
                  {...form.field("individualPhone")}
                  type="tel"
                  label={t("contactJourney.intake.individualPhone")}
                  width="20"
                  autoComplete="off"
                />
              </>
            ),
          },
          { value: "anonymous", label: t("contactJourney.intake.referrerKind.anonymous") },
        ]}
      />
    </GovukFormLayout>
  );
}

const relationshipSource = { family: "1A", acquaintance: "1B", self: "1C", other: "1D" } as const;
