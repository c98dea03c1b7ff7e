import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useGovukForm } from "~/components/forms/govuk-form";
import { FormPage } from "~/components/early-help/form-page";
import { usePlanT } from "~/components/early-help/terms";
import { DateInput } from "~/components/govuk/date-input";
import { earlyHelpPaths } from "~/early-help-paths";
import { toFieldErrors } from "~/forms/early-help/fields";
import { acceptStepDownSchema } from "~/forms/early-help/step-down";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { acceptStepDown } from "~/services/early-help-step-downs.server";
import { errorReply } from "~/forms/reply.server";
import { openStepDownDecision, stepDownDecisionLoader } from "~/route-support/step-down-decision.server";

export const handle = { titleKey: "stepDowns.accept.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("stepDowns.accept.title") }];

export function loader(args: LoaderFunctionArgs) {
  return stepDownDecisionLoader(args, "accept");
}

export async function action(args: ActionFunctionArgs) {
  const { user, stepDown } = await openStepDownDecision(args);
  const submission = parseWithZod(await args.request.formData(), { schema: acceptStepDownSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await acceptStepDown(auditActor(args.context, user), user, stepDown.id, submission.value);
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors) });
  throw redirect(`${earlyHelpPaths.plan(result.planId)}?done=stepDownAccepted`);
}

export default function AcceptStepDown() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "step-downs-accept",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "stepDowns.accept.title",
    fieldOrder: ["transitionMeetingOn"],
    formErrorField: "transitionMeetingOn",
  });
  return (
    <FormPage
      form={form}
      heading={
        <>
          <span className="govuk-caption-l">
            {t("stepDowns.view.captionWithFamily", { reference: data.reference, family: data.family })}
          </span>
          <h1 className="govuk-heading-l">{t("stepDowns.accept.heading")}</h1>
          <p className="govuk-body">{t("stepDowns.accept.lead")}</p>
        </>
      }
      submitText={t("stepDowns.accept.submit")}
      cancelHref={earlyHelpPaths.stepDown(data.id)}
    >
      <DateInput
        legend={t("stepDowns.field.transitionMeeting")}
        legendSize="m"
        hint={t("stepDowns.accept.hint")}
        {...form.date("transitionMeetingOn")}
      />
    </FormPage>
  );
}
