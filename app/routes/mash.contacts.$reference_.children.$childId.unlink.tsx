import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { Textarea } from "~/components/govuk/textarea";
import { displayName } from "~/components/mash/names";
import { unlinkSchema } from "~/forms/mash/unlink";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { childOnContact, unlinkChild } from "~/services/person-matching.server";
import { errorReply, refusalReply } from "~/forms/reply.server";

export const handle = { titleKey: "mash.unlink.pageTitle" };
export const meta: MetaFunction = () => [{ title: pageTitle("mash.unlink.pageTitle") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, "mash.screen", { context });
  const found = await childOnContact(params.reference ?? "", params.childId ?? "");
  if (!found?.child.personId) throw new Response("Not found", { status: 404 });
  return found;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const reference = params.reference ?? "";
  const submission = parseWithZod(await request.formData(), { schema: unlinkSchema });
  if (submission.status !== "success") return errorReply(submission);
  const outcome = await unlinkChild(
    auditActor(context, user),
    user,
    reference,
    params.childId ?? "",
    submission.value.reason,
  );
  if (outcome.ok) throw redirect(mashPaths.contact(reference, "unlinked"));
  return refusalReply(submission, outcome);
}

export default function UnlinkChild() {
  const t = useT();
  const { reference, child } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "mash-contacts-reference-children-childId-unlink",
    lastResult,
    titleKey: "mash.unlink.pageTitle",
    fieldOrder: ["reason"],
    formErrorField: "reason",
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.contact(reference)} />
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{t("mash.decision.caption", { reference })}</span>
        <h1 className="govuk-heading-l">{t("mash.unlink.title", { name: displayName(child) })}</h1>
        <Form method="post" {...form.formProps} noValidate>
          <Textarea
            label={t("mash.unlink.reason.label")}
            labelSize="m"
            hint={t("mash.unlink.reason.hint")}
            {...form.field("reason")}
          />
          <Button variant="warning">{t("mash.unlink.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
