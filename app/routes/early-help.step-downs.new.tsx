import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { useGovukForm } from "~/components/forms/govuk-form";
import { FormPage } from "~/components/early-help/form-page";
import { StepDownFields, stepDownFieldOrder, stepDownRename } from "~/components/early-help/step-down-fields";
import { usePlanT } from "~/components/early-help/terms";
import { availablePlanKinds } from "~/domain/early-help/terminology";
import { earlyHelpPaths } from "~/early-help-paths";
import { toFieldErrors } from "~/forms/early-help/fields";
import { stepDownSchema, toStepDownInput } from "~/forms/early-help/step-down";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { earlyHelpSettings } from "~/services/early-help-settings.server";
import { createStepDownRequest } from "~/services/early-help-step-downs.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "stepDowns.new.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("stepDowns.new.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, "stepDown.create", { context });
  return {
    kinds: availablePlanKinds(earlyHelpSettings().model),
    responseWorkingDays: earlyHelpSettings().stepDownPolicy.responseWorkingDays,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "stepDown.create", { context });
  const submission = parseWithZod(await request.formData(), { schema: stepDownSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await createStepDownRequest(auditActor(context, user), user, toStepDownInput(submission.value));
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors, stepDownRename) });
  throw redirect(`${earlyHelpPaths.stepDown(result.id)}?done=sent`);
}

export default function NewStepDown() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "step-downs-new",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "stepDowns.new.title",
    fieldOrder: stepDownFieldOrder,
    formErrorField: "children[0].firstName",
  });
  return (
    <FormPage
      form={form}
      heading={
        <>
          <h1 className="govuk-heading-l">{t("stepDowns.new.heading")}</h1>
          <p className="govuk-body">{t("stepDowns.new.lead", { days: data.responseWorkingDays })}</p>
        </>
      }
      submitText={t("stepDowns.new.submit")}
      cancelHref={earlyHelpPaths.stepDowns()}
    >
      <StepDownFields form={form} kinds={data.kinds} />
    </FormPage>
  );
}
