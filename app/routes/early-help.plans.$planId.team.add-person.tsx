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
import { earlyHelpPaths } from "~/early-help-paths";
import { toFieldErrors } from "~/forms/early-help/fields";
import { teamPersonSchema } from "~/forms/early-help/team";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { openPlan } from "~/services/early-help-plan-records.server";
import { childName } from "~/domain/early-help/child-name";
import { addTeamMember } from "~/services/early-help-people.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "plans.teamPerson.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("plans.teamPerson.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit", page: "team-add-person" });
  return { plan: { id: detail.plan.id, reference: detail.plan.reference }, childNames: detail.children.map(childName) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit" });
  const submission = parseWithZod(await request.formData(), { schema: teamPersonSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await addTeamMember(auditActor(context, user), user, detail.plan.id, {
    type: "outside",
    ...submission.value,
  });
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors) });
  throw redirect(earlyHelpPaths.team(detail.plan.id));
}

export default function AddTeamPerson() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "plans-team-add-person",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "plans.teamPerson.title",
    fieldOrder: ["name", "agency", "role", "email", "phone"],
    formErrorField: "name",
  });
  const field = (
    name: "name" | "agency" | "role" | "email" | "phone",
    extra: { hint?: string; type?: string; width?: "20" } = {},
  ) => <Input label={t(`plans.teamPerson.${name}`)} {...form.field(name)} {...extra} />;
  return (
    <FormPage
      form={form}
      heading={
        <>
          <PlanHeading
            reference={data.plan.reference}
            childNames={data.childNames}
            title={t("plans.teamPerson.heading")}
          />
          <p className="govuk-body">{t("plans.teamPerson.lead")}</p>
        </>
      }
      submitText={t("plans.teamPerson.submit")}
      cancelHref={earlyHelpPaths.team(data.plan.id)}
    >
      {field("name")}
      {field("agency", { hint: t("plans.teamPerson.agencyHint") })}
      {field("role", { hint: t("plans.teamPerson.roleHint") })}
      {field("email", { type: "email" })}
      {field("phone", { type: "tel", width: "20" })}
    </FormPage>
  );
}
