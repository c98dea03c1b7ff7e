import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useGovukForm } from "~/components/forms/govuk-form";
import { FormPage } from "~/components/early-help/form-page";
import { usePlanT } from "~/components/early-help/terms";
import { Textarea } from "~/components/govuk/textarea";
import { earlyHelpPaths } from "~/early-help-paths";
import { toFieldErrors } from "~/forms/early-help/fields";
import { returnStepDownSchema } from "~/forms/early-help/step-down";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { returnStepDown } from "~/services/early-help-step-downs.server";
import { errorReply } from "~/forms/reply.server";
import { openStepDownDecision, stepDownDecisionLoader } from "~/route-support/step-down-decision.server";

export const handle = { titleKey: "stepDowns.return.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("stepDowns.return.title") }];

export function loader(args: LoaderFunctionArgs) {
  return stepDownDecisionLoader(args, "return");
}

export async function action(args: ActionFunctionArgs) {
  const { user, stepDown } = await openStepDownDecision(args);
  const submission = parseWithZod(await args.request.formData(), { schema: returnStepDownSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await returnStepDown(auditActor(args.context, user), user, stepDown.id, submission.value);
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors) });
  throw redirect(`${earlyHelpPaths.stepDown(stepDown.id)}?done=returned`);
}

export default function ReturnStepDown() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "step-downs-return",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "stepDowns.return.title",
    fieldOrder: ["reasons"],
    formErrorField: "reasons",
  });
  return (
    <FormPage
      form={form}
      heading={
        <span className="govuk-caption-l">
          {t("stepDowns.view.captionWithFamily", { reference: data.reference, family: data.family })}
        </span>
      }
      submitText={t("stepDowns.return.submit")}
      cancelHref={earlyHelpPaths.stepDown(data.id)}
    >
      <Textarea
        label={t("stepDowns.return.heading")}
        isPageHeading
        hint={t("stepDowns.return.hint")}
        {...form.field("reasons")}
      />
    </FormPage>
  );
}
