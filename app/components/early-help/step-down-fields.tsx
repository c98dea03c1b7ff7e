import { Radios } from "~/components/govuk/choices";
import { Fieldset } from "~/components/govuk/field";
import { Input } from "~/components/govuk/input";
import { Textarea } from "~/components/govuk/textarea";
import { planKindLabels, type PlanKind } from "~/domain/early-help/terminology";
import { stepDownChildRows } from "~/forms/early-help/step-down";
import { ChildFields } from "./child-fields";
import { ConsentFields } from "./consent-fields";
import type { GovukForm } from "~/components/forms/govuk-form";
import { usePlanT } from "./terms";

export const stepDownFieldOrder = [
  "children",
  "handoverSummary",
  "currentRisks",
  "mustContinue",
  "consent",
  "proposedLeadType",
  "proposedLeadName",
  "proposedLeadOrganisation",
  "kind",
];

/** The step-down request's questions, for a new request and for one sent again after a return. */
export function StepDownFields({ form, kinds }: { form: GovukForm; kinds: PlanKind[] }) {
  const t = usePlanT();
  return (
    <>
      {Array.from({ length: stepDownChildRows }, (_, index) => (
        <Fieldset
          key={index}
          legend={t(index === 0 ? "stepDowns.form.child" : "stepDowns.form.anotherChild", { number: index + 1 })}
          legendSize="m"
        >
          <ChildFields form={form} prefix={`children[${index}].`} />
        </Fieldset>
      ))}
      <Textarea
        label={t("stepDowns.field.handoverSummary")}
        labelSize="m"
        hint={t("stepDowns.form.handoverSummaryHint")}
        {...form.field("handoverSummary")}
        rows={6}
      />
      <Textarea label={t("stepDowns.field.currentRisks")} labelSize="m" {...form.field("currentRisks")} />
      <Textarea
        label={t("stepDowns.field.mustContinue")}
        labelSize="m"
        hint={t("stepDowns.form.mustContinueHint")}
        {...form.field("mustContinue")}
      />
      <ConsentFields form={form} prefix="consent." />
      <Radios
        legend={t("stepDowns.form.proposedLead")}
        legendSize="m"
        {...form.choice("proposedLeadType")}
        items={[
          {
            value: "person",
            label: t("stepDowns.form.proposedPerson"),
            conditional: <Input label={t("stepDowns.form.proposedLeadName")} {...form.field("proposedLeadName")} />,
          },
          { value: "organisation", label: t("stepDowns.form.proposedOrganisationOnly") },
        ]}
      />
      <Input
        label={t("stepDowns.form.proposedLeadOrganisation")}
        hint={t("stepDowns.form.proposedLeadOrganisationHint")}
        {...form.field("proposedLeadOrganisation")}
      />
      {kinds.length > 1 ? (
        <Radios
          legend={t("plans.allocate.kind")}
          legendSize="m"
          {...form.choice("kind")}
          items={kinds.map((kind) => ({ value: kind, label: t(planKindLabels[kind]) }))}
        />
      ) : null}
    </>
  );
}

/** The domain names proposed-lead problems by its own fields; the page asks them as three questions. */
export const stepDownRename = {
  proposedLead: "proposedLeadType",
  "proposedLead.name": "proposedLeadName",
  "proposedLead.organisation": "proposedLeadOrganisation",
  "consent.consent": "consent.purposes",
};
