import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { useGovukForm } from "~/components/forms/govuk-form";
import { FormPage } from "~/components/early-help/form-page";
import { PlanHeading } from "~/components/early-help/plan-heading";
import { usePlanT } from "~/components/early-help/terms";
import { Input } from "~/components/govuk/input";
import { Textarea } from "~/components/govuk/textarea";
import { earlyHelpPaths } from "~/early-help-paths";
import { networkPersonSchema } from "~/forms/early-help/family-network";
import { toFieldErrors } from "~/forms/early-help/fields";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { openPlan } from "~/services/early-help-plan-records.server";
import { childName } from "~/domain/early-help/child-name";
import { addNetworkMember } from "~/services/early-help-people.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "plans.networkPerson.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("plans.networkPerson.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit", page: "network-add-person" });
  return { plan: { id: detail.plan.id, reference: detail.plan.reference }, childNames: detail.children.map(childName) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit" });
  const submission = parseWithZod(await request.formData(), { schema: networkPersonSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await addNetworkMember(auditActor(context, user), user, detail.plan.id, submission.value);
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors) });
  throw redirect(earlyHelpPaths.familyNetwork(detail.plan.id));
}

export default function AddNetworkPerson() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "plans-family-network-add-person",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "plans.networkPerson.title",
    fieldOrder: ["name", "relationship", "contribution", "phone"],
    formErrorField: "name",
  });
  return (
    <FormPage
      form={form}
      heading={
        <PlanHeading
          reference={data.plan.reference}
          childNames={data.childNames}
          title={t("plans.networkPerson.heading")}
        />
      }
      submitText={t("plans.networkPerson.submit")}
      cancelHref={earlyHelpPaths.familyNetwork(data.plan.id)}
    >
      <Input label={t("plans.networkPerson.name")} {...form.field("name")} />
      <Input
        label={t("plans.networkPerson.relationship")}
        hint={t("plans.networkPerson.relationshipHint")}
        {...form.field("relationship")}
        width="20"
      />
      <Textarea
        label={t("plans.networkPerson.contributionLabel")}
        hint={t("plans.networkPerson.contributionHint")}
        {...form.field("contribution")}
        rows={3}
      />
      <Input type="tel" label={t("plans.networkPerson.phoneLabel")} {...form.field("phone")} width="20" />
    </FormPage>
  );
}
