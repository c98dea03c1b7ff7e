import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { useGovukForm } from "~/components/forms/govuk-form";
import { FormPage } from "~/components/early-help/form-page";
import { StepDownFields, stepDownFieldOrder, stepDownRename } from "~/components/early-help/step-down-fields";
import { usePlanT } from "~/components/early-help/terms";
import { InsetText } from "~/components/early-help/inset-text";
import { availablePlanKinds } from "~/domain/early-help/terminology";
import { earlyHelpPaths } from "~/early-help-paths";
import { isoDateToParts } from "~/forms/date-input";
import { toFieldErrors } from "~/forms/early-help/fields";
import { stepDownSchema, toStepDownInput } from "~/forms/early-help/step-down";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { earlyHelpSettings } from "~/services/early-help-settings.server";
import { openStepDown, resendStepDown } from "~/services/early-help-step-downs.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "stepDowns.resend.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("stepDowns.resend.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "stepDown.create", { context });
  const { request: stepDown } = await openStepDown(context, user, params.stepDownId, { page: "resend" });
  if (stepDown.status !== "returned" || stepDown.requestedBy !== user.id)
    throw new Response("Not found", { status: 404 });
  const lead = stepDown.proposedLead;
  return {
    id: stepDown.id,
    returnReasons: stepDown.returnReasons,
    kinds: availablePlanKinds(earlyHelpSettings().model),
    defaults: {
      children: stepDown.children.map((child) => ({ ...child, dateOfBirth: isoDateToParts(child.dateOfBirth) })),
      handoverSummary: stepDown.handoverSummary,
      currentRisks: stepDown.currentRisks,
      mustContinue: stepDown.mustContinue,
      consent: { ...stepDown.consent, givenOn: isoDateToParts(stepDown.consent.givenOn) },
      proposedLeadType: lead.type,
      proposedLeadName: lead.type === "person" ? lead.name : "",
      proposedLeadOrganisation: lead.organisation,
      kind: stepDown.kind,
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "stepDown.create", { context });
  const { request: stepDown } = await openStepDown(context, user, params.stepDownId);
  const submission = parseWithZod(await request.formData(), { schema: stepDownSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await resendStepDown(auditActor(context, user), user, stepDown.id, toStepDownInput(submission.value));
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors, stepDownRename) });
  throw redirect(`${earlyHelpPaths.stepDown(stepDown.id)}?done=resent`);
}

export default function ResendStepDown() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "step-downs-resend",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "stepDowns.resend.title",
    fieldOrder: stepDownFieldOrder,
    formErrorField: "children[0].firstName",
    defaultValue: data.defaults,
  });
  return (
    <FormPage
      form={form}
      heading={
        <>
          <h1 className="govuk-heading-l">{t("stepDowns.resend.heading")}</h1>
          {data.returnReasons ? (
            <InsetText title={t("stepDowns.view.returnReasons")}>{data.returnReasons}</InsetText>
          ) : null}
        </>
      }
      submitText={t("stepDowns.resend.submit")}
      cancelHref={earlyHelpPaths.stepDown(data.id)}
    >
      <StepDownFields form={form} kinds={data.kinds} />
    </FormPage>
  );
}
