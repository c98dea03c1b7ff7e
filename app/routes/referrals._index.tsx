import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { Table, type TableColumn } from "~/components/govuk/table";
import { Tag } from "~/components/govuk/tag";
import { useCensusLabels } from "~/components/referrals/labels";
import { isReReferral } from "~/domain/referrals/re-referral";
import { formatDate } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { readReferralNotice, referralPaths } from "~/referral-paths";
import { auditActor } from "~/services/audit.server";
import { referralLists, type ReferralSummary } from "~/services/referrals.server";

export const handle = { titleKey: "referrals.list.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("referrals.list.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "referrals.view", { context });
  return { lists: await referralLists(auditActor(context, user)), notice: readReferralNotice(request.url) };
}

export default function Referrals() {
  const t = useT();
  const { lists, notice } = useLoaderData<typeof loader>();
  const labels = useCensusLabels();
  const columns = (allocated: boolean): TableColumn<ReferralSummary>[] => [
    {
      header: t("referrals.column.child"),
      cell: (referral) => (
        <Link className="govuk-link" to={referralPaths.referral(referral.id)}>
          {referral.childName}
        </Link>
      ),
    },
    { header: t("referrals.column.contact"), cell: (referral) => referral.contactReference },
    { header: t("referrals.column.date"), cell: (referral) => formatDate(referral.referralDate) },
    { header: t("referrals.column.source"), cell: (referral) => labels.source(referral.referralSource) },
    { header: t("referrals.column.primaryNeed"), cell: (referral) => labels.primaryNeed(referral.primaryNeed) },
    {
      header: t("referrals.column.previous"),
      numeric: true,
      cell: (referral) => (
        <>
          {referral.referralsInPrevious12Months}
          {isReReferral(referral.referralsInPrevious12Months) ? (
            <>
              {" "}
              <Tag colour="orange">{t("referrals.reReferral")}</Tag>
            </>
          ) : null}
        </>
      ),
    },
    ...(allocated
      ? [
          {
            header: t("referrals.column.allocation"),
            cell: (referral: ReferralSummary) =>
              t("referrals.allocation.summary", {
                worker: referral.allocatedWorkerName ?? "",
                team: referral.allocatedTeam ?? "",
              }),
          },
        ]
      : []),
  ];
  return (
    <>
      {notice ? <NotificationBanner type="success" heading={t(`referrals.notice.${notice}`)} /> : null}
      <h1 className="govuk-heading-l">{t("referrals.list.title")}</h1>
      <h2 className="govuk-heading-m">{t("referrals.list.awaiting")}</h2>
      {lists.awaitingAllocation.length === 0 ? (
        <p className="govuk-body">{t("referrals.list.awaitingNone")}</p>
      ) : (
        <Table rows={lists.awaitingAllocation} rowKey={(row) => row.id} columns={columns(false)} />
      )}
      <h2 className="govuk-heading-m">{t("referrals.list.allocated")}</h2>
      {lists.recentlyAllocated.length === 0 ? (
        <p className="govuk-body">{t("referrals.list.allocatedNone")}</p>
      ) : (
        <Table rows={lists.recentlyAllocated} rowKey={(row) => row.id} columns={columns(true)} />
      )}
    </>
  );
}
