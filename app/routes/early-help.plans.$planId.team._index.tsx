import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { PlanHeading } from "~/components/early-help/plan-heading";
import { usePlanT } from "~/components/early-help/terms";
import { Button, ButtonGroup } from "~/components/govuk/button";
import { Table } from "~/components/govuk/table";
import { earlyHelpPaths } from "~/early-help-paths";
import { removeSchema } from "~/forms/early-help/team";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { openPlan } from "~/services/early-help-plan-records.server";
import { childName } from "~/domain/early-help/child-name";
import { removeTeamMember } from "~/services/early-help-people.server";

export const meta: MetaFunction = () => [{ title: pageTitle("plans.team.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit", page: "team" });
  return {
    plan: { id: detail.plan.id, reference: detail.plan.reference },
    childNames: detail.children.map(childName),
    lead: detail.leadProfessional,
    team: detail.team,
  };
}

/** Removing someone from the team: they stop seeing the plan, and the plan keeps a record that they were on it. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit" });
  const submission = parseWithZod(await request.formData(), { schema: removeSchema });
  if (submission.status !== "success") throw new Response("Bad request", { status: 400 });
  const result = await removeTeamMember(auditActor(context, user), user, detail.plan.id, submission.value.memberId);
  if (!result.ok) throw new Response("Not found", { status: 404 });
  throw redirect(earlyHelpPaths.team(detail.plan.id));
}

export default function Team() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <PlanHeading reference={data.plan.reference} childNames={data.childNames} title={t("plans.team.heading")} />
      <p className="govuk-body">{t("plans.team.lead")}</p>
      {data.lead ? (
        <p className="govuk-body">
          {t("plans.team.leadIs", { name: data.lead.name, organisation: data.lead.organisationName })}
        </p>
      ) : null}
      {data.team.length === 0 ? (
        <p className="govuk-body">{t("plans.team.none")}</p>
      ) : (
        <Table
          caption={t("plans.team.caption")}
          rows={data.team}
          rowKey={(member) => member.id}
          columns={[
            { header: t("plans.team.column.name"), cell: (member) => member.name },
            {
              header: t("plans.team.column.role"),
              cell: (member) => [member.role, member.agency].filter(Boolean).join(", "),
            },
            {
              header: t("plans.team.column.contact"),
              cell: (member) => [member.email, member.phone].filter(Boolean).join(", "),
            },
            {
              header: t("plans.team.column.account"),
              cell: (member) => t(member.userId ? "plans.team.hasAccount" : "plans.team.noAccount"),
            },
            {
              header: <span className="govuk-visually-hidden">{t("plans.team.column.actions")}</span>,
              cell: (member) => (
                <Form method="post">
                  <input type="hidden" name="memberId" value={member.id} />
                  <Button variant="secondary" className="govuk-!-margin-bottom-0">
                    {t("plans.team.remove")}
                    <span className="govuk-visually-hidden"> {member.name}</span>
                  </Button>
                </Form>
              ),
            },
          ]}
        />
      )}
      <ButtonGroup>
        <Link className="govuk-button" data-module="govuk-button" to={earlyHelpPaths.addTeamUser(data.plan.id)}>
          {t("plans.team.addUser")}
        </Link>
        <Link
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          to={earlyHelpPaths.addTeamPerson(data.plan.id)}
        >
          {t("plans.team.addPerson")}
        </Link>
      </ButtonGroup>
      <p className="govuk-body">
        <Link className="govuk-link" to={earlyHelpPaths.plan(data.plan.id)}>
          {t("plans.backToPlan")}
        </Link>
      </p>
    </>
  );
}
