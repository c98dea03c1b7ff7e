import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { EmergencyCallsFields, emergencyCallsFields } from "~/components/contact/emergency-calls-fields";
import { useGovukForm } from "~/components/forms/govuk-form";
import { FormPage } from "~/components/early-help/form-page";
import { PlanHeading } from "~/components/early-help/plan-heading";
import { usePlanT } from "~/components/early-help/terms";
import { Radios } from "~/components/govuk/choices";
import { Textarea } from "~/components/govuk/textarea";
import { WarningText } from "~/components/govuk/warning-text";
import { canRequestStepUp } from "~/domain/early-help/access";
import { council } from "~/council";
import { earlyHelpPaths } from "~/early-help-paths";
import { toFieldErrors } from "~/forms/early-help/fields";
import { stepUpSchema } from "~/forms/early-help/review";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { openPlan } from "~/services/early-help-plan-records.server";
import { childName } from "~/domain/early-help/child-name";
import { requestStepUp } from "~/services/early-help-step-ups.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "plans.stepUp.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("plans.stepUp.title") }];

async function openForStepUp(args: LoaderFunctionArgs, page?: string) {
  const user = await requirePermission(args.request, "earlyHelp.viewOwnPlans", { context: args.context });
  const opened = await openPlan(args.context, user, args.params.planId, { need: "edit", page });
  if (!canRequestStepUp(user, opened.detail.plan)) throw new Response("Not found", { status: 404 });
  return { user, ...opened };
}

export async function loader(args: LoaderFunctionArgs) {
  const { detail } = await openForStepUp(args, "step-up");
  return {
    plan: { id: detail.plan.id, reference: detail.plan.reference },
    childNames: detail.children.map(childName),
    counts: { goals: detail.goals.length, reviews: detail.reviews.length },
  };
}

export async function action(args: ActionFunctionArgs) {
  const { user, detail } = await openForStepUp(args);
  const submission = parseWithZod(await args.request.formData(), { schema: stepUpSchema });
  if (submission.status !== "success") return errorReply(submission);
  const value = submission.value;
  const result = await requestStepUp(auditActor(args.context, user), user, detail.plan.id, {
    worry: value.worry,
    workingWell: value.workingWell,
    needsToHappen: value.needsToHappen,
    familyAware: value.familyAware === "yes" ? { aware: true } : { aware: false, reason: value.familyUnawareReason },
    immediateDanger:
      value.immediateDanger === "yes" && value.calledAt
        ? { inDanger: true, calledAt: value.calledAt }
        : { inDanger: false },
  });
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors) });
  throw redirect(`${earlyHelpPaths.plan(detail.plan.id)}?done=stepUp`);
}

export default function StepUp() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "plans-step-up",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "plans.stepUp.title",
    fieldOrder: [
      "immediateDanger",
      ...emergencyCallsFields,
      "worry",
      "workingWell",
      "needsToHappen",
      "familyAware",
      "familyUnawareReason",
    ],
    formErrorField: "immediateDanger",
  });
  return (
    <FormPage
      form={form}
      heading={
        <>
          <PlanHeading reference={data.plan.reference} childNames={data.childNames} title={t("plans.stepUp.heading")} />
          <WarningText assistiveText={t("plans.warning")}>
            {t("plans.stepUp.danger", { phone: council.mashPhone })}
          </WarningText>
          <p className="govuk-body">
            {t("plans.stepUp.lead", { goals: data.counts.goals, reviews: data.counts.reviews })}
          </p>
        </>
      }
      submitText={t("plans.stepUp.submit")}
      cancelHref={earlyHelpPaths.plan(data.plan.id)}
    >
      <Radios
        legend={t("plans.stepUp.immediateDanger")}
        legendSize="m"
        {...form.choice("immediateDanger")}
        items={[
          {
            value: "yes",
            label: t("common.yes"),
            conditional: (
              <>
                <p className="govuk-body govuk-!-font-weight-bold">
                  {t("plans.stepUp.immediateDanger.phone", {
                    phone: council.mashPhone,
                    outOfHoursPhone: council.mashOutOfHoursPhone,
                  })}
                </p>
                <EmergencyCallsFields form={form} small />
              </>
            ),
          },
          { value: "no", label: t("common.no") },
        ]}
      />
      <Textarea
        label={t("plans.stepUp.worry")}
        labelSize="m"
        hint={t("plans.stepUp.worryHint")}
        {...form.field("worry")}
        rows={6}
      />
      <Textarea label={t("plans.stepUp.workingWell")} labelSize="m" {...form.field("workingWell")} />
      <Textarea label={t("plans.stepUp.needsToHappen")} labelSize="m" {...form.field("needsToHappen")} />
      <Radios
        legend={t("plans.stepUp.familyAware")}
        legendSize="m"
        hint={t("plans.stepUp.familyAwareHint")}
        {...form.choice("familyAware")}
        items={[
          { value: "yes", label: t("common.yes") },
          {
            value: "no",
            label: t("common.no"),
            conditional: (
              <Textarea label={t("plans.stepUp.familyUnawareReason")} {...form.field("familyUnawareReason")} rows={3} />
            ),
          },
        ]}
      />
    </FormPage>
  );
}
