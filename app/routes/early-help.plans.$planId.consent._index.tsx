import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { ConsentFields } from "~/components/early-help/consent-fields";
import { useGovukForm } from "~/components/forms/govuk-form";
import { FormPage } from "~/components/early-help/form-page";
import { PlanHeading } from "~/components/early-help/plan-heading";
import { usePlanT } from "~/components/early-help/terms";
import { earlyHelpPaths } from "~/early-help-paths";
import { consentSchema, toConsentRecord } from "~/forms/early-help/consent";
import { toFieldErrors } from "~/forms/early-help/fields";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { openPlan } from "~/services/early-help-plan-records.server";
import { childName } from "~/domain/early-help/child-name";
import { recordConsent } from "~/services/early-help-consent.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "plans.recordConsent.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("plans.recordConsent.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit", page: "consent" });
  return {
    plan: { id: detail.plan.id, reference: detail.plan.reference },
    childNames: detail.children.map(childName),
    renewing: detail.plan.consent?.withdrawal != null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit" });
  const submission = parseWithZod(await request.formData(), { schema: consentSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await recordConsent(
    auditActor(context, user),
    user,
    detail.plan.id,
    toConsentRecord(submission.value),
  );
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors, { consent: "purposes" }) });
  throw redirect(`${earlyHelpPaths.plan(detail.plan.id)}?done=consent`);
}

export default function RecordConsent() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "plans-consent",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "plans.recordConsent.title",
    fieldOrder: ["givenBy.name", "givenBy.relationship", "givenOn", "purposes"],
    formErrorField: "givenBy.name",
  });
  return (
    <FormPage
      form={form}
      heading={
        <>
          <PlanHeading
            reference={data.plan.reference}
            childNames={data.childNames}
            title={t("plans.recordConsent.heading")}
          />
          <p className="govuk-body">{t(data.renewing ? "plans.recordConsent.renewing" : "plans.recordConsent.lead")}</p>
        </>
      }
      submitText={t("plans.recordConsent.submit")}
      cancelHref={earlyHelpPaths.plan(data.plan.id)}
    >
      <ConsentFields form={form} />
    </FormPage>
  );
}
