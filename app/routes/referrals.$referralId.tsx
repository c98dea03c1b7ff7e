import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { can } from "~/auth/permissions";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { Select } from "~/components/govuk/select";
import { SummaryList } from "~/components/govuk/summary-list";
import { useCensusLabels } from "~/components/referrals/labels";
import { primaryNeeds } from "~/domain/contact/census";
import { allocateSchema } from "~/forms/referrals/allocate";
import { formatDate } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { readReferralNotice, referralPaths } from "~/referral-paths";
import { auditActor } from "~/services/audit.server";
import { allocateReferral, openReferral, recordReferralNfa } from "~/services/referrals.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "referrals.referral.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("referrals.referral.title") }];

const nfaIntent = "record-nfa";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "referrals.view", { context });
  const found = await openReferral(auditActor(context, user), params.referralId ?? "");
  if (!found) throw new Response("Not found", { status: 404 });
  return { ...found, canAllocate: can(user, "referrals.allocate"), notice: readReferralNotice(request.url) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "referrals.allocate", { context });
  const actor = auditActor(context, user);
  const referralId = params.referralId ?? "";
  const formData = await request.formData();
  if (formData.get("intent") === nfaIntent) {
    const outcome = await recordReferralNfa(actor, referralId);
    if (outcome.ok) throw redirect(referralPaths.referral(referralId, "nfaRecorded"));
    if (outcome.key === "referrals.error.notFound") throw new Response("Not found", { status: 404 });
    throw redirect(referralPaths.referral(referralId));
  }
  const submission = parseWithZod(formData, { schema: allocateSchema });
  if (submission.status !== "success") return errorReply(submission);
  const outcome = await allocateReferral(actor, user, referralId, submission.value);
  if (outcome.ok) throw redirect(referralPaths.list("allocated"));
  if (outcome.key === "referrals.error.notFound") throw new Response("Not found", { status: 404 });
  return data(submission.reply({ fieldErrors: { [outcome.field]: [outcome.key] } }), { status: 409 });
}

export default function Referral() {
  const t = useT();
  const { referral, options, canAllocate, notice } = useLoaderData<typeof loader>();
  const labels = useCensusLabels();
  const form = useGovukForm({
    id: "allocate",
    schema: allocateSchema,
    lastResult: useActionData<typeof action>(),
    defaultValue: {
      team: referral.allocatedTeam ?? "",
      workerId: referral.allocatedWorkerId ?? "",
      primaryNeed: referral.primaryNeed,
    },
    fieldOrder: ["team", "workerId", "primaryNeed"],
    titleKey: "referrals.referral.title",
  });
  const notRecorded = t("referrals.referral.notRecorded");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={referralPaths.list()} />
        {notice ? <NotificationBanner type="success" heading={t(`referrals.notice.${notice}`)} /> : null}
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{t("referrals.referral.caption", { name: referral.childName })}</span>
        <h1 className="govuk-heading-l">{referral.childName}</h1>
        <SummaryList
          rows={[
            { key: t("referrals.referral.contact"), value: referral.contactReference },
            { key: t("referrals.column.date"), value: formatDate(referral.referralDate) },
            referral.dueDate
              ? { key: t("referrals.referral.dueDate"), value: formatDate(referral.dueDate) }
              : {
                  key: t("referrals.referral.dateOfBirth"),
                  value: referral.dateOfBirth ? formatDate(referral.dateOfBirth) : notRecorded,
                },
            { key: t("referrals.referral.caseSystemId"), value: referral.caseSystemId ?? notRecorded },
            { key: t("referrals.column.source"), value: labels.source(referral.referralSource) },
            { key: t("referrals.column.primaryNeed"), value: labels.primaryNeed(referral.primaryNeed) },
            { key: t("referrals.column.previous"), value: String(referral.referralsInPrevious12Months) },
            {
              key: t("referrals.column.allocation"),
              value: referral.allocatedAt
                ? `${t("referrals.allocation.summary", {
                    worker: referral.allocatedWorkerName ?? "",
                    team: referral.allocatedTeam ?? "",
                  })}. ${t("referrals.referral.allocatedOn", { date: formatDate(new Date(referral.allocatedAt)) })}`
                : t("referrals.referral.notAllocated"),
            },
            {
              key: t("referrals.referral.nfa"),
              value:
                referral.nfa && referral.nfaRecordedAt
                  ? t("referrals.referral.nfaYes", { date: formatDate(new Date(referral.nfaRecordedAt)) })
                  : t("referrals.referral.nfaNo"),
            },
          ]}
        />
        {canAllocate ? (
          <>
            <h2 className="govuk-heading-m">{t("referrals.allocate.heading")}</h2>
            <GovukFormLayout form={form} submitText={t("referrals.allocate.submit")}>
              <Select
                label={t("referrals.allocate.team.label")}
                {...form.field("team")}
                placeholder={t("referrals.allocate.team.placeholder")}
                options={options.teams.map((team) => ({ value: team, text: team }))}
              />
              <Select
                label={t("referrals.allocate.worker.label")}
                {...form.field("workerId")}
                placeholder={t("referrals.allocate.worker.placeholder")}
                options={options.workers.map((worker) => ({
                  value: worker.id,
                  text: [worker.name, worker.jobTitle].filter(Boolean).join(", "),
                }))}
              />
              <Select
                label={t("referrals.allocate.primaryNeed.label")}
                hint={t("referrals.allocate.primaryNeed.hint")}
                {...form.field("primaryNeed")}
                options={primaryNeeds.map((need) => ({ value: need.code, text: t(need.messageKey) }))}
              />
            </GovukFormLayout>
            {referral.nfa ? null : (
              <>
                <h2 className="govuk-heading-m">{t("referrals.nfa.heading")}</h2>
                <p className="govuk-body">{t("referrals.nfa.body")}</p>
                <Form method="post">
                  <Button variant="secondary" name="intent" value={nfaIntent}>
                    {t("referrals.nfa.submit")}
                  </Button>
                </Form>
              </>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
