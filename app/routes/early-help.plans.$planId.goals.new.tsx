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
import { DateInput } from "~/components/govuk/date-input";
import { Input } from "~/components/govuk/input";
import { Textarea } from "~/components/govuk/textarea";
import { outcomeAreaLabels, outcomeAreas } from "~/domain/early-help/outcome-areas";
import { earlyHelpPaths } from "~/early-help-paths";
import { toFieldErrors } from "~/forms/early-help/fields";
import { goalSchema } from "~/forms/early-help/goals";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { openPlan } from "~/services/early-help-plan-records.server";
import { childName } from "~/domain/early-help/child-name";
import { addGoal } from "~/services/early-help-goals.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "plans.goal.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("plans.goal.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit", page: "add-goal" });
  return { plan: { id: detail.plan.id, reference: detail.plan.reference }, childNames: detail.children.map(childName) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit" });
  const submission = parseWithZod(await request.formData(), { schema: goalSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await addGoal(auditActor(context, user), user, detail.plan.id, submission.value);
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors) });
  throw redirect(`${earlyHelpPaths.plan(detail.plan.id)}?done=goal`);
}

export default function AddGoal() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "plans-goals-new",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "plans.goal.title",
    fieldOrder: ["outcomeArea", "need", "description", "setOn", "baselineScore", "targetScore"],
    formErrorField: "outcomeArea",
  });
  return (
    <FormPage
      form={form}
      heading={
        <PlanHeading reference={data.plan.reference} childNames={data.childNames} title={t("plans.goal.heading")} />
      }
      submitText={t("plans.goal.submit")}
      cancelHref={earlyHelpPaths.plan(data.plan.id)}
    >
      <Radios
        legend={t("plans.goal.outcomeAreaLegend")}
        legendSize="s"
        hint={t("plans.goal.outcomeAreaHint")}
        {...form.choice("outcomeArea")}
        small
        items={outcomeAreas.map((area) => ({ value: area, label: t(outcomeAreaLabels[area]) }))}
      />
      <Textarea label={t("plans.goal.needLabel")} hint={t("plans.goal.needHint")} {...form.field("need")} rows={3} />
      <Textarea
        label={t("plans.goal.descriptionLabel")}
        hint={t("plans.goal.descriptionHint")}
        {...form.field("description")}
        rows={3}
      />
      <DateInput legend={t("plans.goal.setOnLegend")} hint={t("plans.form.dateHint")} {...form.date("setOn")} />
      <Input
        inputMode="numeric"
        width="2"
        label={t("plans.goal.baselineLabel")}
        hint={t("plans.goal.scoreHint")}
        {...form.field("baselineScore")}
      />
      <Input
        inputMode="numeric"
        width="2"
        label={t("plans.goal.targetLabel")}
        hint={t("plans.goal.targetHint")}
        {...form.field("targetScore")}
      />
    </FormPage>
  );
}
