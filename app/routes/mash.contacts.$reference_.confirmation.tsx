import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { BackLink } from "~/components/govuk/back-link";
import { Radios } from "~/components/govuk/choices";
import { Textarea } from "~/components/govuk/textarea";
import { formatDateTime } from "~/domain/date-format";
import { confirmContactSchema } from "~/forms/contact/confirm";
import { errorReply } from "~/forms/reply.server";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { recordWrittenConfirmation, writtenConfirmationView } from "~/services/written-confirmation.server";

export const handle = { titleKey: "mash.confirmation.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("mash.confirmation.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, "mash.screen", { context });
  const view = await writtenConfirmationView(params.reference ?? "");
  if (!view) throw new Response("Not found", { status: 404 });
  if (!view.awaiting) throw redirect(mashPaths.contact(view.reference));
  return { reference: view.reference, dueAt: formatDateTime(view.dueAt) };
}

/** The professional confirmed by email or letter: the screener records it, and any correction. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const reference = params.reference ?? "";
  const submission = parseWithZod(await request.formData(), { schema: confirmContactSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await recordWrittenConfirmation(auditActor(context, user), reference, submission.value);
  if (result.ok) throw redirect(mashPaths.contact(reference, "confirmationRecorded"));
  if (result.error === "notFound") throw new Response("Not found", { status: 404 });
  return errorReply(submission, { formErrors: ["mash.confirmation.notAwaiting"] });
}

export default function RecordWrittenConfirmation() {
  const t = useT();
  const { reference, dueAt } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "written-confirmation",
    schema: confirmContactSchema,
    lastResult: useActionData<typeof action>(),
    fieldOrder: ["accurate", "correction"],
    formErrorField: "accurate",
    titleKey: "mash.confirmation.title",
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.contact(reference)} />
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{t("mash.contact.title", { reference })}</span>
        <h1 className="govuk-heading-l">{t("mash.confirmation.title")}</h1>
        <p className="govuk-body">{t("mash.confirmation.lead", { time: dueAt })}</p>
        <GovukFormLayout form={form} submitText={t("mash.confirmation.submit")}>
          <Radios
            {...form.choice("accurate")}
            legend={t("mash.confirmation.accurate")}
            legendSize="s"
            items={[
              { value: "yes", label: t("mash.confirmation.yes") },
              {
                value: "no",
                label: t("mash.confirmation.no"),
                conditional: (
                  <Textarea {...form.field("correction")} label={t("mash.confirmation.correction")} rows={5} />
                ),
              },
            ]}
          />
        </GovukFormLayout>
      </div>
    </div>
  );
}
