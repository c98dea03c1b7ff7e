import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { BackLink } from "~/components/govuk/back-link";
import { Select } from "~/components/govuk/select";
import { Textarea } from "~/components/govuk/textarea";
import { referralSources } from "~/domain/contact/census";
import { referralSourceSchema } from "~/forms/mash/referral-source";
import { errorReply } from "~/forms/reply.server";
import type { MessageKey } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { correctReferralSource, referralSourceView } from "~/services/referral-source.server";

export const handle = { titleKey: "mash.source.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("mash.source.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, "mash.screen", { context });
  const view = await referralSourceView(params.reference ?? "");
  if (!view) throw new Response("Not found", { status: 404 });
  return view;
}

/** The screener corrects the census source, saying why; the audit keeps what it was. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const reference = params.reference ?? "";
  const submission = parseWithZod(await request.formData(), { schema: referralSourceSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await correctReferralSource(auditActor(context, user), reference, submission.value);
  if (result.ok) throw redirect(mashPaths.contact(reference, "sourceCorrected"));
  if (result.error === "notFound") throw new Response("Not found", { status: 404 });
  return errorReply(submission, { fieldErrors: { referralSource: [result.error] } });
}

export default function CorrectReferralSource() {
  const t = useT();
  const { reference, referralSource } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "referral-source",
    schema: referralSourceSchema,
    lastResult: useActionData<typeof action>(),
    defaultValue: { referralSource },
    fieldOrder: ["referralSource", "reason"],
    titleKey: "mash.source.title",
  });
  const label = (code: string) => {
    const source = referralSources.find((candidate) => candidate.code === code);
    return source ? `${code}: ${t(source.messageKey as MessageKey)}` : code;
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.contact(reference)} />
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{t("mash.contact.title", { reference })}</span>
        <h1 className="govuk-heading-l">{t("mash.source.title")}</h1>
        <p className="govuk-body">{t("mash.source.current", { source: label(referralSource) })}</p>
        <GovukFormLayout form={form} submitText={t("mash.source.submit")}>
          <Select
            {...form.field("referralSource")}
            label={t("mash.source.referralSource")}
            hint={t("mash.source.referralSource.hint")}
            options={referralSources.map(({ code }) => ({ value: code, text: label(code) }))}
          />
          <Textarea {...form.field("reason")} label={t("mash.source.reason")} rows={3} />
        </GovukFormLayout>
      </div>
    </div>
  );
}
