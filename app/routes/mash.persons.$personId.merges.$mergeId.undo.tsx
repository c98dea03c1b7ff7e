import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { requirePermission } from "~/auth/authorise.server";
import { formErrors } from "~/components/auth/form-errors";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { ErrorSummary } from "~/components/govuk/error-summary";
import { Textarea } from "~/components/govuk/textarea";
import { displayName } from "~/components/mash/names";
import { undoMergeSchema } from "~/forms/mash/person";
import { translateError } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { mergeToUndo, undoMerge } from "~/services/person-records.server";

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
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const outcome = await undoMerge(auditActor(context, user), user, found.merge.id, submission.value.reason);
  if (outcome.ok) throw redirect(mashPaths.person(found.kept.id, "mergeUndone"));
  if (outcome.error === "notFound") throw new Response("Not found", { status: 404 });
  return data(submission.reply({ formErrors: [outcome.error] }), { status: 409 });
}

/** A merge made in error, undone with a reason. */
export default function UndoMerge() {
  const t = useT();
  const { merge, kept } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof undoMergeSchema>>({ lastResult });
  const errors = formErrors(t, fields, ["reason"] as const);
  const refusals = (form.errors ?? []).map((message) => ({ fieldId: "reason", text: translateError(t, message) }));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.person(kept.id)} />
        <ErrorSummary errors={[...refusals, ...errors.summary]} />
        <span className="govuk-caption-l">{displayName(kept)}</span>
        <h1 className="govuk-heading-l">{t("mash.person.unmerge.title")}</h1>
        <p className="govuk-body">{t("mash.person.unmerge.intro", { name: displayName(merge.other) })}</p>
        <Form method="post" id={form.id} noValidate>
          <Textarea
            id="reason"
            name="reason"
            label={t("mash.person.unmerge.reason")}
            labelSize="m"
            error={errors.field.reason}
            defaultValue={fields.reason.initialValue}
            maxLength={2000}
            rows={3}
          />
          <Button variant="warning">{t("mash.person.unmerge.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
