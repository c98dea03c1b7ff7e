import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { ChildFields } from "~/components/early-help/child-fields";
import { formatDate } from "~/domain/date-format";
import { useGovukForm } from "~/components/forms/govuk-form";
import { FormPage } from "~/components/early-help/form-page";
import { PlanHeading } from "~/components/early-help/plan-heading";
import { usePlanT } from "~/components/early-help/terms";
import { Fieldset } from "~/components/govuk/field";
import { SummaryList } from "~/components/govuk/summary-list";
import { earlyHelpPaths } from "~/early-help-paths";
import { childSchema } from "~/forms/early-help/child";
import { toFieldErrors } from "~/forms/early-help/fields";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { openPlan } from "~/services/early-help-plan-records.server";
import { childName } from "~/domain/early-help/child-name";
import { addChild } from "~/services/early-help-people.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "plans.children.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("plans.children.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit", page: "children" });
  return {
    plan: { id: detail.plan.id, reference: detail.plan.reference },
    children: detail.children.map((child) => ({
      id: child.id,
      name: childName(child),
      dateOfBirth: child.dateOfBirth,
      dueDate: child.dueDate,
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit" });
  const submission = parseWithZod(await request.formData(), { schema: childSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await addChild(auditActor(context, user), user, detail.plan.id, submission.value);
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors) });
  throw redirect(`${earlyHelpPaths.plan(detail.plan.id)}?done=child`);
}

export default function PlanChildren() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "plans-children",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "plans.children.title",
    fieldOrder: ["firstName", "lastName", "dateOfBirth"],
    formErrorField: "firstName",
  });
  return (
    <FormPage
      form={form}
      heading={
        <>
          <PlanHeading
            reference={data.plan.reference}
            childNames={data.children.map((child) => child.name)}
            title={t("plans.children.heading")}
          />
          <SummaryList
            rows={data.children.map((child) => ({
              key: child.name,
              value: child.dateOfBirth
                ? t("plans.children.born", { date: formatDate(child.dateOfBirth) })
                : child.dueDate
                  ? t("plans.children.due", { date: formatDate(child.dueDate) })
                  : t("plans.children.noDate"),
            }))}
          />
        </>
      }
      submitText={t("plans.children.submit")}
      cancelHref={earlyHelpPaths.plan(data.plan.id)}
    >
      <Fieldset legend={t("plans.children.addLegend")} legendSize="m">
        <ChildFields form={form} />
      </Fieldset>
    </FormPage>
  );
}
