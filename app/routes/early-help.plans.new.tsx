import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { ChildFields } from "~/components/early-help/child-fields";
import { ConsentFields } from "~/components/early-help/consent-fields";
import { useGovukForm } from "~/components/forms/govuk-form";
import { FormPage } from "~/components/early-help/form-page";
import { usePlanT } from "~/components/early-help/terms";
import { Fieldset } from "~/components/govuk/field";
import { toConsentRecord } from "~/forms/early-help/consent";
import { toFieldErrors } from "~/forms/early-help/fields";
import { startPlanSchema } from "~/forms/early-help/start-plan";
import { earlyHelpPaths } from "~/early-help-paths";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { startPlan } from "~/services/early-help-plans.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "plans.start.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("plans.start.title") }];

/** Social workers hand families over by step-down instead. */
async function requireStarter(request: Request, context: ActionFunctionArgs["context"]) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  if (user.role === "social_worker") throw new Response("Not found", { status: 404 });
  return user;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireStarter(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireStarter(request, context);
  const submission = parseWithZod(await request.formData(), { schema: startPlanSchema });
  if (submission.status !== "success") return errorReply(submission);
  const { firstName, lastName, dateOfBirth, ...consent } = submission.value;
  const result = await startPlan(auditActor(context, user), user, {
    child: { firstName, lastName, dateOfBirth },
    consent: toConsentRecord(consent),
  });
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors, { consent: "purposes" }) });
  throw redirect(`${earlyHelpPaths.plan(result.planId)}?done=started`);
}

const fieldOrder = [
  "firstName",
  "lastName",
  "dateOfBirth",
  "givenBy.name",
  "givenBy.relationship",
  "givenOn",
  "purposes",
];

export default function StartPlan() {
  const t = usePlanT();
  const form = useGovukForm({
    id: "plans-new",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "plans.start.title",
    fieldOrder,
    formErrorField: "firstName",
  });
  return (
    <FormPage
      form={form}
      heading={
        <>
          <h1 className="govuk-heading-l">{t("plans.start.heading")}</h1>
          <p className="govuk-body">{t("plans.start.lead")}</p>
        </>
      }
      submitText={t("plans.start.submit")}
      cancelHref={earlyHelpPaths.plans()}
    >
      <Fieldset legend={t("plans.start.childLegend")} legendSize="m">
        <p className="govuk-hint">{t("plans.start.childHint")}</p>
        <ChildFields form={form} />
      </Fieldset>
      <ConsentFields form={form} />
    </FormPage>
  );
}
