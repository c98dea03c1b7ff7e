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
import { earlyHelpPaths } from "~/early-help-paths";
import { withdrawConsentSchema } from "~/forms/early-help/consent";
import { toFieldErrors } from "~/forms/early-help/fields";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { openPlan } from "~/services/early-help-plan-records.server";
import { childName } from "~/domain/early-help/child-name";
import { withdrawConsent } from "~/services/early-help-consent.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "plans.withdraw.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("plans.withdraw.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit", page: "withdraw-consent" });
  return {
    plan: {
      id: detail.plan.id,
      reference: detail.plan.reference,
      awaitingAllocation: detail.plan.status === "awaiting_allocation",
    },
    childNames: detail.children.map(childName),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit" });
  const submission = parseWithZod(await request.formData(), { schema: withdrawConsentSchema });
  if (submission.status !== "success") return errorReply(submission);
  const { by, on, choice } = submission.value;
  const result = await withdrawConsent(auditActor(context, user), user, detail.plan.id, {
    withdrawal: { by, on },
    choice,
  });
  if (!result.ok) {
    return errorReply(submission, { fieldErrors: toFieldErrors(result.errors, { consent: "" }) });
  }
  throw redirect(
    result.next === "close"
      ? earlyHelpPaths.close(detail.plan.id, "consent_withdrawn")
      : `${earlyHelpPaths.plan(detail.plan.id)}?done=paused`,
  );
}

export default function WithdrawConsent() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "plans-consent-withdraw",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "plans.withdraw.title",
    fieldOrder: ["by.name", "by.relationship", "on", "choice"],
    formErrorField: "by.name",
  });
  return (
    <FormPage
      form={form}
      heading={
        <PlanHeading reference={data.plan.reference} childNames={data.childNames} title={t("plans.withdraw.heading")} />
      }
      submitText={t("plans.withdraw.submit")}
      cancelHref={earlyHelpPaths.plan(data.plan.id)}
      warning
    >
      <Input label={t("plans.withdraw.byName")} {...form.field("by.name")} />
      <Input
        label={t("plans.consent.relationship")}
        hint={t("plans.consent.relationshipHint")}
        {...form.field("by.relationship")}
        width="20"
      />
      <DateInput legend={t("plans.withdraw.on")} hint={t("plans.form.dateHint")} {...form.date("on")} />
      <Radios
        legend={t("plans.withdraw.choice")}
        legendSize="s"
        hint={data.plan.awaitingAllocation ? t("plans.withdraw.choiceHintUnallocated") : undefined}
        {...form.choice("choice")}
        items={[
          { value: "pause", label: t("plans.withdraw.pause"), hint: t("plans.withdraw.pauseHint") },
          { value: "close", label: t("plans.withdraw.close"), hint: t("plans.withdraw.closeHint") },
        ]}
      />
    </FormPage>
  );
}
