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
import { Input } from "~/components/govuk/input";
import { config } from "~/config.server";
import { inviteSchema } from "~/forms/auth/admin";
import { key } from "~/forms/auth/fields";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { inviteUser } from "~/services/accounts.server";
import { listOrganisations } from "~/services/admin.server";
import { auditActor } from "~/services/audit.server";
import { errorReply } from "~/forms/reply.server";

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
  if (submission.status !== "success") return errorReply(submission);
  const actor = auditActor(context, user);
  const invited = await inviteUser({ ...actor, user: actor.user! }, user, submission.value);
  if (!invited.ok) return errorReply(submission, { fieldErrors: { email: [key("admin.invite.email.taken")] } });
  throw redirect(`/admin/users?${new URLSearchParams({ invited: submission.value.email })}`);
}

export default function InviteUser() {
  const t = useT();
  const { organisations, hours } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "admin-users-invite",
    lastResult,
    titleKey: "admin.invite.title",
    fieldOrder: ["name", "email", "jobTitle", "organisationId", "role"],
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/admin/users" />
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{t("admin.invite.title")}</h1>
        <p className="govuk-body">{t("admin.invite.intro", { hours })}</p>
        <Form method="post" {...form.formProps} noValidate>
          <Input autoComplete="off" spellCheck={false} label={t("admin.invite.name.label")} {...form.field("name")} />
          <Input
            type="email"
            autoComplete="off"
            spellCheck={false}
            label={t("admin.invite.email.label")}
            {...form.field("email")}
          />
          <Input autoComplete="off" label={t("admin.invite.jobTitle.label")} {...form.field("jobTitle")} />
          <OrganisationSelect organisations={organisations} {...form.field("organisationId")} />
          <RoleRadios {...form.choice("role")} />
          <Button>{t("admin.invite.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
