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
import { Fieldset } from "~/components/govuk/field";
import { Input } from "~/components/govuk/input";
import { Textarea } from "~/components/govuk/textarea";
import {
  allowedClosureReasons,
  closureReasonLabels,
  closureReasons,
  type ClosureReason,
} from "~/domain/early-help/closure";
import { goalScoreHistory } from "~/domain/early-help/score-trend";
import { earlyHelpPaths } from "~/early-help-paths";
import { toFieldErrors } from "~/forms/early-help/fields";
import { closeSchema, toScores } from "~/forms/early-help/review";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { domainPlan, openPlan } from "~/services/early-help-plan-records.server";
import { childName } from "~/domain/early-help/child-name";
import { closePlan } from "~/services/early-help-plans.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "plans.close.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("plans.close.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit", page: "close" });
  const reasons = allowedClosureReasons(domainPlan(detail));
  const asked = new URL(request.url).searchParams.get("reason");
  return {
    plan: { id: detail.plan.id, reference: detail.plan.reference },
    childNames: detail.children.map(childName),
    reasons,
    defaults: {
      reason: reasons.includes(asked as ClosureReason) ? asked : reasons.length === 1 ? reasons[0] : undefined,
    },
    goals: detail.goals
      .filter((goal) => goal.endedOn === null)
      .map((goal) => ({
        id: goal.id,
        description: goal.description,
        latest: goalScoreHistory(goal, detail.reviews).at(-1)?.score ?? goal.baselineScore,
        target: goal.targetScore,
      })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit" });
  const submission = parseWithZod(await request.formData(), {
    schema: closeSchema(
      detail.goals.map((goal) => goal.id),
      closureReasons,
    ),
  });
  if (submission.status !== "success") return errorReply(submission);
  const value = submission.value;
  const result = await closePlan(auditActor(context, user), user, detail.plan.id, {
    reason: value.reason as ClosureReason,
    otherReason: value.otherReason,
    closedOn: value.closedOn,
    finalScores: toScores(value.finalScores as Record<string, number | undefined> | undefined),
  });
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors) });
  throw redirect(`${earlyHelpPaths.plan(detail.plan.id)}?done=closed`);
}

export default function ClosePlan() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "plans-close",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "plans.close.title",
    fieldOrder: ["reason", "otherReason", "closedOn", "finalScores"],
    formErrorField: "reason",
    defaultValue: data.defaults,
  });
  return (
    <FormPage
      form={form}
      heading={
        <PlanHeading reference={data.plan.reference} childNames={data.childNames} title={t("plans.close.heading")} />
      }
      submitText={t("plans.close.submit")}
      cancelHref={earlyHelpPaths.plan(data.plan.id)}
      warning
    >
      <Radios
        legend={t("plans.close.reason")}
        legendSize="m"
        {...form.choice("reason")}
        items={data.reasons.map((reason) => ({
          value: reason,
          label: t(closureReasonLabels[reason]),
          conditional:
            reason === "other" ? (
              <Textarea label={t("plans.close.otherReason")} {...form.field("otherReason")} rows={3} />
            ) : undefined,
        }))}
      />
      <DateInput
        legend={t("plans.close.closedOn")}
        legendSize="m"
        hint={t("plans.form.dateHint")}
        {...form.date("closedOn")}
      />
      {data.goals.length > 0 ? (
        <Fieldset legend={t("plans.close.finalScores")} legendSize="m">
          <p className="govuk-hint">{t("plans.close.finalScoresHint")}</p>
          {data.goals.map((goal) => (
            <Input
              key={goal.id}
              inputMode="numeric"
              width="2"
              label={goal.description}
              hint={t("plans.close.scoreHint", { latest: goal.latest, target: goal.target })}
              {...form.field(`finalScores.${goal.id}`)}
            />
          ))}
        </Fieldset>
      ) : null}
    </FormPage>
  );
}
