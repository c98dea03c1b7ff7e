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
import { WarningText } from "~/components/govuk/warning-text";
import { PersonRows } from "~/components/mash/child-screening";
import { mergePersonsSchema } from "~/forms/mash/person";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { mergePersons } from "~/services/person-merges.server";
import { mergePreview } from "~/services/person-records.server";

export const handle = { titleKey: "mash.person.merge.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("mash.person.merge.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const preview = await mergePreview(auditActor(context, user), params.personId ?? "", params.otherId ?? "");
  if (!preview) throw new Response("Not found", { status: 404 });
  return preview;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const keptId = params.personId ?? "";
  const submission = parseWithZod(await request.formData(), { schema: mergePersonsSchema });
  if (submission.status !== "success") return errorReply(submission);
  const outcome = await mergePersons(
    auditActor(context, user),
    user,
    keptId,
    params.otherId ?? "",
    submission.value.reason,
  );
  if (outcome.ok) throw redirect(mashPaths.person(keptId, "personsMerged"));
  return refusalReply(submission, outcome);
}

/** "Are you sure?": both records side by side, and how the screener knows they are one child. */
export default function MergePersons() {
  const t = useT();
  const { kept, merged } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "mash-persons-merge",
    lastResult,
    titleKey: "mash.person.merge.title",
    fieldOrder: ["reason"],
    formErrorField: "reason",
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.person(kept.id)} />
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{t("mash.person.merge.title")}</h1>
        <h2 className="govuk-heading-m">{t("mash.person.merge.keep")}</h2>
        <PersonRows person={kept} />
        <h2 className="govuk-heading-m">{t("mash.person.merge.merged")}</h2>
        <PersonRows person={merged} />
        <WarningText assistiveText={t("mash.warning")}>{t("mash.person.merge.warning")}</WarningText>
        <Form method="post" {...form.formProps} noValidate>
          <Textarea
            label={t("mash.person.merge.reason")}
            labelSize="m"
            maxLength={2000}
            rows={3}
            {...form.field("reason")}
          />
          <Button variant="warning">{t("mash.person.merge.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
