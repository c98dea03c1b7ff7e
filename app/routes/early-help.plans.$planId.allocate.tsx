import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { useGovukForm } from "~/components/forms/govuk-form";
import { FormPage } from "~/components/early-help/form-page";
import { PlanHeading } from "~/components/early-help/plan-heading";
import { usePlanT } from "~/components/early-help/terms";
import { Radios } from "~/components/govuk/choices";
import { Select } from "~/components/govuk/select";
import { availablePlanKinds, planKindLabels } from "~/domain/early-help/terminology";
import { earlyHelpPaths } from "~/early-help-paths";
import { allocateSchema } from "~/forms/early-help/allocate";
import { toFieldErrors } from "~/forms/early-help/fields";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { openPlan } from "~/services/early-help-plan-records.server";
import { childName } from "~/domain/early-help/child-name";
import { candidates, leadProfessionalRoles } from "~/services/early-help-people.server";
import { allocatePlan } from "~/services/early-help-plans.server";
import { earlyHelpSettings } from "~/services/early-help-settings.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "plans.allocate.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("plans.allocate.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.allocate", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit", page: "allocate" });
  const kinds = availablePlanKinds(earlyHelpSettings().model);
  return {
    plan: { id: detail.plan.id, reference: detail.plan.reference, kind: detail.plan.kind },
    childNames: detail.children.map(childName),
    current: {
      leadProfessionalId: detail.plan.leadProfessionalId ?? "",
      socialWorkerId: detail.plan.socialWorkerId ?? "",
      kind: detail.plan.kind,
    },
    kinds,
    leads: await candidates(leadProfessionalRoles()),
    socialWorkers: kinds.includes("child_in_need") ? await candidates(["social_worker"]) : [],
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.allocate", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit" });
  const submission = parseWithZod(await request.formData(), { schema: allocateSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await allocatePlan(auditActor(context, user), user, detail.plan.id, {
    ...submission.value,
    kind: submission.value.kind ?? detail.plan.kind,
  });
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors) });
  throw redirect(`${earlyHelpPaths.plan(detail.plan.id)}?done=allocated`);
}

export default function AllocatePlan() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "plans-allocate",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "plans.allocate.title",
    fieldOrder: ["kind", "leadProfessionalId", "socialWorkerId"],
    formErrorField: "leadProfessionalId",
    defaultValue: data.current,
  });
  const option = (person: (typeof data.leads)[number]) => ({
    value: person.id,
    text: [person.name, person.jobTitle, person.organisationName].filter(Boolean).join(", "),
  });
  return (
    <FormPage
      form={form}
      heading={
        <PlanHeading reference={data.plan.reference} childNames={data.childNames} title={t("plans.allocate.heading")} />
      }
      submitText={t("plans.allocate.submit")}
      cancelHref={earlyHelpPaths.plan(data.plan.id)}
    >
      {data.kinds.length > 1 ? (
        <Radios
          legend={t("plans.allocate.kind")}
          legendSize="s"
          {...form.choice("kind")}
          items={data.kinds.map((kind) => ({ value: kind, label: t(planKindLabels[kind]) }))}
        />
      ) : null}
      <Select
        label={t("plans.allocate.lead")}
        hint={t("plans.allocate.leadHint")}
        {...form.field("leadProfessionalId")}
        placeholder={t("plans.allocate.choose")}
        options={data.leads.map(option)}
      />
      {data.socialWorkers.length > 0 ? (
        <Select
          label={t("plans.allocate.socialWorker")}
          hint={t("plans.allocate.socialWorkerHint")}
          {...form.field("socialWorkerId")}
          placeholder={t("plans.allocate.choose")}
          options={data.socialWorkers.map(option)}
        />
      ) : null}
    </FormPage>
  );
}
