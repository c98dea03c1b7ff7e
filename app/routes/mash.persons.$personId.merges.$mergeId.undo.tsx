import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { errorReply, refusalReply } from "~/forms/reply.server";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { Textarea } from "~/components/govuk/textarea";
import { displayName } from "~/components/mash/names";
import { undoMergeSchema } from "~/forms/mash/person";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { mergeToUndo, undoMerge } from "~/services/person-merges.server";

export const handle = { titleKey: "mash.person.unmerge.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("mash.person.unmerge.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, "mash.screen", { context });
  const found = await mergeToUndo(params.personId ?? "", params.mergeId ?? "");
  if (!found || found.merge.unmerged) throw new Response("Not found", { status: 404 });
  return found;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const found = await mergeToUndo(params.personId ?? "", params.mergeId ?? "");
  if (!found) throw new Response("Not found", { status: 404 });
  const submission = parseWithZod(await request.formData(), { schema: undoMergeSchema });
  if (submission.status !== "success") return errorReply(submission);
  const outcome = await undoMerge(auditActor(context, user), user, found.merge.id, submission.value.reason);
  if (outcome.ok) throw redirect(mashPaths.person(found.kept.id, "mergeUndone"));
  return refusalReply(submission, outcome);
}

/** A merge made in error, undone with a reason. */
export default function UndoMerge() {
  const t = useT();
  const { merge, kept } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "mash-persons-undo-merge",
    lastResult,
    titleKey: "mash.person.unmerge.title",
    fieldOrder: ["reason"],
    formErrorField: "reason",
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.person(kept.id)} />
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{displayName(kept)}</span>
        <h1 className="govuk-heading-l">{t("mash.person.unmerge.title")}</h1>
        <p className="govuk-body">{t("mash.person.unmerge.intro", { name: displayName(merge.other) })}</p>
        <Form method="post" {...form.formProps} noValidate>
          <Textarea
            label={t("mash.person.unmerge.reason")}
            labelSize="m"
            maxLength={2000}
            rows={3}
            {...form.field("reason")}
          />
          <Button variant="warning">{t("mash.person.unmerge.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
