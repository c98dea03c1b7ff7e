import { Radios } from "~/components/govuk/choices";
import { Fieldset } from "~/components/govuk/field";
import { Input } from "~/components/govuk/input";
import { Textarea } from "~/components/govuk/textarea";
import { planKindLabels, type PlanKind } from "~/domain/early-help/terminology";
import { stepDownChildRows } from "~/forms/early-help/step-down";
import { ChildFields } from "./child-fields";
import { ConsentFields } from "./consent-fields";
import type { FormFeedback } from "./form";
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
export function StepDownFields({ form, kinds }: { form: FormFeedback; kinds: PlanKind[] }) {
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
        id="handoverSummary"
        name="handoverSummary"
        label={t("stepDowns.field.handoverSummary")}
        labelSize="m"
        hint={t("stepDowns.form.handoverSummaryHint")}
        error={form.error("handoverSummary")}
        defaultValue={form.value("handoverSummary")}
        rows={6}
      />
      <Textarea
        id="currentRisks"
        name="currentRisks"
        label={t("stepDowns.field.currentRisks")}
        labelSize="m"
        error={form.error("currentRisks")}
        defaultValue={form.value("currentRisks")}
      />
      <Textarea
        id="mustContinue"
        name="mustContinue"
        label={t("stepDowns.field.mustContinue")}
        labelSize="m"
        hint={t("stepDowns.form.mustContinueHint")}
        error={form.error("mustContinue")}
        defaultValue={form.value("mustContinue")}
      />
      <ConsentFields form={form} prefix="consent." />
      <Radios
        id="proposedLeadType"
        name="proposedLeadType"
        legend={t("stepDowns.form.proposedLead")}
        legendSize="m"
        error={form.error("proposedLeadType")}
        selected={form.value("proposedLeadType")}
        items={[
          {
            value: "person",
            label: t("stepDowns.form.proposedPerson"),
            conditional: (
              <Input
                id="proposedLeadName"
                name="proposedLeadName"
                label={t("stepDowns.form.proposedLeadName")}
                error={form.error("proposedLeadName")}
                defaultValue={form.value("proposedLeadName")}
              />
            ),
          },
          { value: "organisation", label: t("stepDowns.form.proposedOrganisationOnly") },
        ]}
      />
      <Input
        id="proposedLeadOrganisation"
        name="proposedLeadOrganisation"
        label={t("stepDowns.form.proposedLeadOrganisation")}
        hint={t("stepDowns.form.proposedLeadOrganisationHint")}
        error={form.error("proposedLeadOrganisation")}
        defaultValue={form.value("proposedLeadOrganisation")}
      />
      {kinds.length > 1 ? (
        <Radios
          id="kind"
          name="kind"
          legend={t("plans.allocate.kind")}
          legendSize="m"
          error={form.error("kind")}
          selected={form.value("kind")}
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
