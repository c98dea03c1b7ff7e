import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { OrganisationSelect } from "~/components/auth/organisation-select";
import { RoleRadios } from "~/components/auth/role-radios";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { Textarea } from "~/components/govuk/textarea";
import { roleChangeSchema } from "~/forms/auth/admin";
import { key } from "~/forms/auth/fields";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { changeUserRole, findUser, listOrganisations } from "~/services/admin.server";
import { auditActor } from "~/services/audit.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "admin.userRole.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("admin.userRole.title") }];

async function subject(params: { userId?: string }) {
  const user = await findUser(params.userId ?? "");
  if (!user) throw new Response("Not found", { status: 404 });
  return user;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, "admin.users", { context });
  const user = await subject(params);
  const organisations = await listOrganisations();
  return {
    user: { id: user.id, name: user.name, role: user.role, organisationId: user.organisationId },
    organisations: organisations.map(({ id, name }) => ({ id, name })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin.users", { context });
  const user = await subject(params);
  const submission = parseWithZod(await request.formData(), { schema: roleChangeSchema });
  if (submission.status !== "success") return errorReply(submission);
  const { role, organisationId, reason } = submission.value;
  if (role === user.role && organisationId === user.organisationId) {
    return errorReply(submission, { fieldErrors: { role: [key("admin.userRole.unchanged")] } });
  }
  await changeUserRole(auditActor(context, admin), user.id, { role, organisationId, reason });
  throw redirect(`/admin/users/${user.id}?done=role`);
}

export default function ChangeRole() {
  const t = useT();
  const { user, organisations } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "admin-user-role",
    lastResult,
    defaultValue: { role: user.role, organisationId: user.organisationId },
    titleKey: "admin.userRole.title",
    fieldOrder: ["organisationId", "role", "reason"],
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/admin/users/${user.id}`} />
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{user.name}</span>
        <h1 className="govuk-heading-l">{t("admin.userRole.title")}</h1>
        <Form method="post" {...form.formProps} noValidate>
          <OrganisationSelect organisations={organisations} {...form.field("organisationId")} />
          <RoleRadios {...form.choice("role")} />
          <Textarea
            rows={3}
            label={t("admin.userRole.reason.label")}
            labelSize="s"
            hint={t("admin.userRole.reason.hint")}
            {...form.field("reason")}
          />
          <Button>{t("admin.userRole.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
