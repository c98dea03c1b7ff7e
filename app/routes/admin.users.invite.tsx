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
import { Input } from "~/components/govuk/input";
import { config } from "~/config.server";
import { inviteSchema } from "~/forms/auth/admin";
import { key } from "~/forms/auth/fields";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { inviteUser } from "~/services/accounts.server";
import { listOrganisations } from "~/services/admin.server";
import { auditActor } from "~/services/audit.server";

export const handle = { titleKey: "admin.invite.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("admin.invite.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, "admin.users", { context });
  const organisations = await listOrganisations();
  return {
    organisations: organisations.map(({ id, name }) => ({ id, name })),
    hours: config().INVITATION_EXPIRY_HOURS,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "admin.users", { context });
  const submission = parseWithZod(await request.formData(), { schema: inviteSchema });
  if (submission.status !== "success") return submission.reply();
  const actor = auditActor(context, user);
  const invited = await inviteUser({ ...actor, user: actor.user! }, user, submission.value);
  if (!invited.ok) return submission.reply({ fieldErrors: { email: [key("admin.invite.email.taken")] } });
  throw redirect(`/admin/users?${new URLSearchParams({ invited: submission.value.email })}`);
}

export default function InviteUser() {
  const t = useT();
  const { organisations, hours } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof inviteSchema>>({ lastResult });
  const errors = formErrors(t, fields, ["name", "email", "jobTitle", "organisationId", "role"] as const);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/admin/users" />
        <ErrorSummary errors={errors.summary} />
        <h1 className="govuk-heading-l">{t("admin.invite.title")}</h1>
        <p className="govuk-body">{t("admin.invite.intro", { hours })}</p>
        <Form method="post" id={form.id} noValidate>
          <Input
            id="name"
            name="name"
            autoComplete="off"
            spellCheck={false}
            label={t("admin.invite.name.label")}
            error={errors.field.name}
            defaultValue={fields.name.initialValue}
          />
          <Input
            id="email"
            name="email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            label={t("admin.invite.email.label")}
            error={errors.field.email}
            defaultValue={fields.email.initialValue}
          />
          <Input
            id="jobTitle"
            name="jobTitle"
            autoComplete="off"
            label={t("admin.invite.jobTitle.label")}
            error={errors.field.jobTitle}
            defaultValue={fields.jobTitle.initialValue}
          />
          <OrganisationSelect
            organisations={organisations}
            defaultValue={fields.organisationId.initialValue}
            error={errors.field.organisationId}
          />
          <RoleRadios selected={fields.role.initialValue} error={errors.field.role} />
          <Button>{t("admin.invite.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
