import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { useGovukForm } from "~/components/forms/govuk-form";
import { FormPage } from "~/components/early-help/form-page";
import { PlanHeading } from "~/components/early-help/plan-heading";
import { usePlanT } from "~/components/early-help/terms";
import { Select } from "~/components/govuk/select";
import { earlyHelpPaths } from "~/early-help-paths";
import { toFieldErrors } from "~/forms/early-help/fields";
import { teamUserSchema } from "~/forms/early-help/team";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { openPlan } from "~/services/early-help-plan-records.server";
import { childName } from "~/domain/early-help/child-name";
import { addTeamMember, candidates } from "~/services/early-help-people.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "plans.teamUser.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("plans.teamUser.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit", page: "team-add-user" });
  const onPlan = new Set([detail.plan.leadProfessionalId, ...detail.team.map((member) => member.userId)]);
  const people = await candidates(["partner", "early_help_practitioner", "early_help_manager", "social_worker"]);
  return {
    plan: { id: detail.plan.id, reference: detail.plan.reference },
    childNames: detail.children.map(childName),
    people: people.filter((person) => !onPlan.has(person.id)),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit" });
  const submission = parseWithZod(await request.formData(), { schema: teamUserSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await addTeamMember(auditActor(context, user), user, detail.plan.id, {
    type: "user",
    userId: submission.value.userId,
  });
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors) });
  throw redirect(earlyHelpPaths.team(detail.plan.id));
}

export default function AddTeamUser() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "plans-team-add-user",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "plans.teamUser.title",
    fieldOrder: ["userId"],
    formErrorField: "userId",
  });
  return (
    <FormPage
      form={form}
      heading={
        <PlanHeading reference={data.plan.reference} childNames={data.childNames} title={t("plans.teamUser.heading")} />
      }
      submitText={t("plans.teamUser.submit")}
      cancelHref={earlyHelpPaths.team(data.plan.id)}
    >
      <Select
        label={t("plans.teamUser.label")}
        hint={t("plans.teamUser.hint")}
        {...form.field("userId")}
        placeholder={t("plans.allocate.choose")}
        options={data.people.map((person) => ({
          value: person.id,
          text: [person.name, person.jobTitle, person.organisationName].filter(Boolean).join(", "),
        }))}
      />
    </FormPage>
  );
}
