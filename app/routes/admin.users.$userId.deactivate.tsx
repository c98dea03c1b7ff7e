import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { Textarea } from "~/components/govuk/textarea";
import { deactivateSchema } from "~/forms/auth/admin";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { findUser, setUserActive } from "~/services/admin.server";
import { auditActor } from "~/services/audit.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "admin.deactivate.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("admin.deactivate.title") }];

/** An administrator cannot deactivate themselves: the council would have no way back in. */
async function subject(params: { userId?: string }, adminId: string) {
  const user = await findUser(params.userId ?? "");
  if (!user || user.id === adminId) throw new Response("Not found", { status: 404 });
  return user;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin.users", { context });
  const user = await subject(params, admin.id);
  return { user: { id: user.id, name: user.name } };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin.users", { context });
  const user = await subject(params, admin.id);
  const submission = parseWithZod(await request.formData(), { schema: deactivateSchema });
  if (submission.status !== "success") return errorReply(submission);
  await setUserActive(auditActor(context, admin), user.id, false, submission.value.reason);
  throw redirect(`/admin/users/${user.id}?done=deactivated`);
}

export default function Deactivate() {
  const t = useT();
  const { user } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "admin-users-userId-deactivate",
    lastResult,
    titleKey: "admin.deactivate.title",
    fieldOrder: ["reason"],
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/admin/users/${user.id}`} />
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{user.name}</span>
        <h1 className="govuk-heading-l">{t("admin.deactivate.title")}</h1>
        <p className="govuk-body">{t("admin.deactivate.body", { name: user.name })}</p>
        <Form method="post" {...form.formProps} noValidate>
          <Textarea
            rows={3}
            label={t("admin.deactivate.reason.label")}
            labelSize="s"
            hint={t("admin.userRole.reason.hint")}
            {...form.field("reason")}
          />
          <Button variant="warning">{t("admin.deactivate.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
