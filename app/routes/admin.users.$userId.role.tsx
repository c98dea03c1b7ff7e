import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { requirePermission } from "~/auth/authorise.server";
import { formErrors } from "~/components/auth/form-errors";
import { OrganisationSelect } from "~/components/auth/organisation-select";
import { RoleRadios } from "~/components/auth/role-radios";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { ErrorSummary } from "~/components/govuk/error-summary";
import { Textarea } from "~/components/govuk/textarea";
import { roleChangeSchema } from "~/forms/auth/admin";
import { key } from "~/forms/auth/fields";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { changeUserRole, findUser, listOrganisations } from "~/services/admin.server";
import { auditActor } from "~/services/audit.server";

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
  if (submission.status !== "success") return submission.reply();
  const { role, organisationId, reason } = submission.value;
  if (role === user.role && organisationId === user.organisationId) {
    return submission.reply({ fieldErrors: { role: [key("admin.userRole.unchanged")] } });
  }
  await changeUserRole(auditActor(context, admin), user.id, { role, organisationId, reason });
  throw redirect(`/admin/users/${user.id}?done=role`);
}

export default function ChangeRole() {
  const t = useT();
  const { user, organisations } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof roleChangeSchema>>({
    lastResult,
    defaultValue: { role: user.role, organisationId: user.organisationId },
  });
  const errors = formErrors(t, fields, ["organisationId", "role", "reason"] as const);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/admin/users/${user.id}`} />
        <ErrorSummary errors={errors.summary} />
        <span className="govuk-caption-l">{user.name}</span>
        <h1 className="govuk-heading-l">{t("admin.userRole.title")}</h1>
        <Form method="post" id={form.id} noValidate>
          <OrganisationSelect
            organisations={organisations}
            defaultValue={fields.organisationId.initialValue}
            error={errors.field.organisationId}
          />
          <RoleRadios selected={fields.role.initialValue} error={errors.field.role} />
          <Textarea
            id="reason"
            name="reason"
            rows={3}
            label={t("admin.userRole.reason.label")}
            labelSize="s"
            hint={t("admin.userRole.reason.hint")}
            error={errors.field.reason}
            defaultValue={fields.reason.initialValue}
          />
          <Button>{t("admin.userRole.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
