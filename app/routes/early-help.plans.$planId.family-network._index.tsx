import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { useGovukForm } from "~/components/forms/govuk-form";
import { FormPage } from "~/components/early-help/form-page";
import { PlanHeading } from "~/components/early-help/plan-heading";
import { usePlanT } from "~/components/early-help/terms";
import { Button } from "~/components/govuk/button";
import { Radios } from "~/components/govuk/choices";
import { DateInput } from "~/components/govuk/date-input";
import { Table } from "~/components/govuk/table";
import { earlyHelpPaths } from "~/early-help-paths";
import { networkMeetingDefaults, networkMeetingSchema } from "~/forms/early-help/family-network";
import { toFieldErrors } from "~/forms/early-help/fields";
import { removeSchema } from "~/forms/early-help/team";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { openPlan } from "~/services/early-help-plan-records.server";
import { childName } from "~/domain/early-help/child-name";
import { removeNetworkMember, saveNetworkMeeting } from "~/services/early-help-people.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "plans.network.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("plans.network.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit", page: "family-network" });
  return {
    plan: { id: detail.plan.id, reference: detail.plan.reference },
    childNames: detail.children.map(childName),
    network: detail.network,
    defaults: networkMeetingDefaults(detail.plan.networkMeeting),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit" });
  const formData = await request.formData();
  const actor = auditActor(context, user);
  if (formData.get("intent") === "remove") {
    const removal = parseWithZod(formData, { schema: removeSchema });
    if (removal.status !== "success") throw new Response("Bad request", { status: 400 });
    const removed = await removeNetworkMember(actor, user, detail.plan.id, removal.value.memberId);
    if (!removed.ok) throw new Response("Not found", { status: 404 });
    throw redirect(earlyHelpPaths.familyNetwork(detail.plan.id));
  }
  const submission = parseWithZod(formData, { schema: networkMeetingSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await saveNetworkMeeting(actor, user, detail.plan.id, submission.value);
  if (!result.ok) return errorReply(submission, { fieldErrors: toFieldErrors(result.errors) });
  throw redirect(`${earlyHelpPaths.plan(detail.plan.id)}?done=network`);
}

export default function FamilyNetwork() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "plans-family-network",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "plans.network.title",
    fieldOrder: ["offered", "accepted", "heldOn"],
    formErrorField: "offered",
    defaultValue: data.defaults,
  });
  return (
    <>
      <FormPage
        form={form}
        heading={
          <>
            <PlanHeading
              reference={data.plan.reference}
              childNames={data.childNames}
              title={t("plans.network.heading")}
            />
            <p className="govuk-body">{t("plans.network.lead")}</p>
          </>
        }
        submitText={t("plans.network.submit")}
        cancelHref={earlyHelpPaths.plan(data.plan.id)}
      >
        <Radios
          legend={t("plans.network.offered")}
          legendSize="s"
          {...form.choice("offered")}
          items={[
            { value: "no", label: t("plans.network.notOffered") },
            { value: "family_group_conference", label: t("plans.network.offeredConference") },
            { value: "family_network_meeting", label: t("plans.network.offeredMeeting") },
          ]}
        />
        <Radios
          legend={t("plans.network.accepted")}
          legendSize="s"
          hint={t("plans.network.acceptedHint")}
          {...form.choice("accepted")}
          items={[
            { value: "yes", label: t("common.yes") },
            { value: "no", label: t("common.no") },
            { value: "not_yet", label: t("plans.network.notAnsweredYet") },
          ]}
        />
        <DateInput
          legend={t("plans.network.heldOnLegend")}
          hint={t("plans.network.heldOnHint")}
          {...form.date("heldOn")}
        />
      </FormPage>
      <h2 className="govuk-heading-m">{t("plans.network.peopleHeading")}</h2>
      <p className="govuk-body">{t("plans.network.peopleLead")}</p>
      {data.network.length > 0 ? (
        <Table
          caption={t("plans.network.peopleCaption")}
          rows={data.network}
          rowKey={(member) => member.id}
          columns={[
            { header: t("plans.networkPerson.name"), cell: (member) => member.name },
            { header: t("plans.networkPerson.relationship"), cell: (member) => member.relationship },
            { header: t("plans.networkPerson.contribution"), cell: (member) => member.contribution ?? "" },
            { header: t("plans.networkPerson.phone"), cell: (member) => member.phone ?? "" },
            {
              header: <span className="govuk-visually-hidden">{t("plans.team.column.actions")}</span>,
              cell: (member) => (
                <Form method="post">
                  <input type="hidden" name="memberId" value={member.id} />
                  <Button variant="secondary" name="intent" value="remove" className="govuk-!-margin-bottom-0">
                    {t("plans.team.remove")}
                    <span className="govuk-visually-hidden"> {member.name}</span>
                  </Button>
                </Form>
              ),
            },
          ]}
        />
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" to={earlyHelpPaths.addNetworkPerson(data.plan.id)}>
          {t("plans.network.addPerson")}
        </Link>
      </p>
    </>
  );
}
