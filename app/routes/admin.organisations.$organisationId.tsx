import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { OrganisationForm } from "~/components/auth/organisation-form";
import { key } from "~/forms/auth/fields";
import { organisationSchema } from "~/forms/auth/admin";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { findOrganisation, saveOrganisation } from "~/services/admin.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "admin.organisation.edit.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("admin.organisation.edit.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, "admin.organisations", { context });
  const organisation = await findOrganisation(params.organisationId ?? "");
  if (!organisation) throw new Response("Not found", { status: 404 });
  return {
    organisation: {
      name: organisation.name,
      type: organisation.type,
      phone: organisation.phone ?? undefined,
      email: organisation.email ?? undefined,
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "admin.organisations", { context });
  const organisation = await findOrganisation(params.organisationId ?? "");
  if (!organisation) throw new Response("Not found", { status: 404 });
  const submission = parseWithZod(await request.formData(), { schema: organisationSchema });
  if (submission.status !== "success") return errorReply(submission);
  const saved = await saveOrganisation(auditActor(context, user), organisation.id, submission.value);
  if (!saved.ok) return errorReply(submission, { fieldErrors: { name: [key("admin.organisation.name.taken")] } });
  throw redirect("/admin/organisations?saved=1");
}

export default function EditOrganisation() {
  const { organisation } = useLoaderData<typeof loader>();
  return (
    <OrganisationForm
      titleKey="admin.organisation.edit.title"
      lastResult={useActionData<typeof action>()}
      saved={organisation}
    />
  );
}
