import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { OrganisationForm } from "~/components/auth/organisation-form";
import { key } from "~/forms/auth/fields";
import { organisationSchema } from "~/forms/auth/admin";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { saveOrganisation } from "~/services/admin.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "admin.organisation.new.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("admin.organisation.new.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, "admin.organisations", { context });
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "admin.organisations", { context });
  const submission = parseWithZod(await request.formData(), { schema: organisationSchema });
  if (submission.status !== "success") return errorReply(submission);
  const saved = await saveOrganisation(auditActor(context, user), null, submission.value);
  if (!saved.ok) return errorReply(submission, { fieldErrors: { name: [key("admin.organisation.name.taken")] } });
  throw redirect("/admin/organisations?saved=1");
}

export default function NewOrganisation() {
  return <OrganisationForm titleKey="admin.organisation.new.title" lastResult={useActionData<typeof action>()} />;
}
