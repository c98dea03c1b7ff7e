import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { useGovukForm } from "~/components/forms/govuk-form";
import { FormPage } from "~/components/early-help/form-page";
import { PlanHeading } from "~/components/early-help/plan-heading";
import { usePlanT } from "~/components/early-help/terms";
import { Radios } from "~/components/govuk/choices";
import { Fieldset } from "~/components/govuk/field";
import { Textarea } from "~/components/govuk/textarea";
import { earlyHelpPaths } from "~/early-help-paths";
import { assessmentSchema, toAssessment } from "~/forms/early-help/assessment";
import { toFieldErrors } from "~/forms/early-help/fields";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { assessmentDomains } from "~/services/early-help-assessment.server";
import { openPlan } from "~/services/early-help-plan-records.server";
import { childName } from "~/domain/early-help/child-name";
import { saveAssessment } from "~/services/early-help-plans.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "plans.assessment.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("plans.assessment.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit", page: "assessment" });
  const saved = detail.plan.assessment;
  const domains = await assessmentDomains(saved);
  return {
    plan: { id: detail.plan.id, reference: detail.plan.reference },
    childNames: detail.children.map(childName),
    domains,
    defaults: {
      domains: Object.fromEntries(
        (saved?.domains ?? []).map((domain) => [domain.domainId, { strengths: domain.strengths, needs: domain.needs }]),
      ),
      familyView: saved?.familyView ?? "",
      childVoice: saved?.childVoice ?? "",
      complete: saved ? (detail.plan.assessmentCompletedOn ? "yes" : "no") : undefined,
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit" });
  const domains = await assessmentDomains(detail.plan.assessment);
  const submission = parseWithZod(await request.formData(), { schema: assessmentSchema(domains) });
  if (submission.status !== "success") return errorReply(submission);
  const result = await saveAssessment(auditActor(context, user), user, detail.plan.id, {
    assessment: toAssessment(domains, submission.value),
    complete: submission.value.complete === "yes",
  });
  const firstNeeds = domains[0] ? `domains.${domains[0].id}.needs` : "familyView";
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors, { needs: firstNeeds }) });
  throw redirect(`${earlyHelpPaths.plan(detail.plan.id)}?done=assessment`);
}

export default function Assessment() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "plans-assessment",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "plans.assessment.title",
    fieldOrder: ["domains", "familyView", "childVoice", "complete"],
    formErrorField: "familyView",
    defaultValue: data.defaults,
  });
  return (
    <FormPage
      form={form}
      heading={
        <>
          <PlanHeading
            reference={data.plan.reference}
            childNames={data.childNames}
            title={t("plans.assessment.heading")}
          />
          <p className="govuk-body">{t("plans.assessment.lead")}</p>
        </>
      }
      submitText={t("plans.assessment.submit")}
      cancelHref={earlyHelpPaths.plan(data.plan.id)}
    >
      {data.domains.map((domain) => (
        <Fieldset key={domain.id} legend={domain.name} legendSize="m">
          {domain.summary ? <p className="govuk-hint">{domain.summary}</p> : null}
          <Textarea label={t("plans.assessment.strengths")} {...form.field(`domains.${domain.id}.strengths`)} />
          <Textarea label={t("plans.assessment.needs")} {...form.field(`domains.${domain.id}.needs`)} />
        </Fieldset>
      ))}
      <Textarea
        label={t("plans.assessment.familyView")}
        labelSize="m"
        hint={t("plans.assessment.familyViewHint")}
        {...form.field("familyView")}
      />
      <Textarea
        label={t("plans.assessment.childVoice")}
        labelSize="m"
        hint={t("plans.assessment.childVoiceHint")}
        {...form.field("childVoice")}
      />
      <Radios
        legend={t("plans.assessment.complete")}
        legendSize="m"
        inline
        {...form.choice("complete")}
        items={[
          { value: "yes", label: t("plans.assessment.completeYes") },
          { value: "no", label: t("plans.assessment.completeNo") },
        ]}
      />
    </FormPage>
  );
}
