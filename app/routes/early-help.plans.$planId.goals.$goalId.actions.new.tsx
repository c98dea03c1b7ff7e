import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { useGovukForm } from "~/components/forms/govuk-form";
import { FormPage } from "~/components/early-help/form-page";
import { PlanHeading } from "~/components/early-help/plan-heading";
import { usePlanT } from "~/components/early-help/terms";
import { DateInput } from "~/components/govuk/date-input";
import { Input } from "~/components/govuk/input";
import { Textarea } from "~/components/govuk/textarea";
import { earlyHelpPaths } from "~/early-help-paths";
import { toFieldErrors } from "~/forms/early-help/fields";
import { actionSchema } from "~/forms/early-help/goals";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { openPlan } from "~/services/early-help-plan-records.server";
import { childName } from "~/domain/early-help/child-name";
import { addAction } from "~/services/early-help-goals.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "plans.action.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("plans.action.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit", page: "add-action" });
  const goal = detail.goals.find((candidate) => candidate.id === params.goalId);
  if (!goal) throw new Response("Not found", { status: 404 });
  return {
    plan: { id: detail.plan.id, reference: detail.plan.reference },
    childNames: detail.children.map(childName),
    goal: { id: goal.id, description: goal.description },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit" });
  const submission = parseWithZod(await request.formData(), { schema: actionSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await addAction(auditActor(context, user), user, detail.plan.id, {
    goalId: params.goalId ?? "",
    ...submission.value,
  });
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors) });
  throw redirect(`${earlyHelpPaths.plan(detail.plan.id)}?done=action`);
}

export default function AddAction() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "plans-goals-actions-new",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "plans.action.title",
    fieldOrder: ["what", "who", "byWhen"],
    formErrorField: "what",
  });
  return (
    <FormPage
      form={form}
      heading={
        <>
          <PlanHeading reference={data.plan.reference} childNames={data.childNames} title={t("plans.action.heading")} />
          <p className="govuk-body">{t("plans.action.forGoal", { goal: data.goal.description })}</p>
        </>
      }
      submitText={t("plans.action.submit")}
      cancelHref={earlyHelpPaths.plan(data.plan.id)}
    >
      <Textarea label={t("plans.action.whatLabel")} {...form.field("what")} rows={3} />
      <Input label={t("plans.action.whoLabel")} hint={t("plans.action.whoHint")} {...form.field("who")} />
      <DateInput legend={t("plans.action.byWhenLegend")} hint={t("plans.form.dateHint")} {...form.date("byWhen")} />
    </FormPage>
  );
}
