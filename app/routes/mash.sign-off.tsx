import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { Table } from "~/components/govuk/table";
import { useOutcomeLabel } from "~/components/mash/decision-summary";
import { TimeLeftTag } from "~/components/mash/tags";
import { formatDateTime } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths, readNotice } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { awaitingSignOff } from "~/services/mash-sign-off.server";
import { mashSettings } from "~/services/mash-settings.server";

export const meta: MetaFunction = () => [{ title: pageTitle("mash.signOffList.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mash.signOff", { context });
  return {
    entries: await awaitingSignOff(auditActor(context, user)),
    outcomes: mashSettings.outcomes.map(({ id, labelKey }) => ({ id, labelKey })),
    notice: readNotice(request.url),
  };
}

export default function SignOffList() {
  const t = useT();
  const { entries, outcomes, notice } = useLoaderData<typeof loader>();
  const outcomeLabel = useOutcomeLabel(outcomes);
  return (
    <>
      {notice ? <NotificationBanner type="success" heading={t(`mash.notice.${notice}`)} /> : null}
      <h1 className="govuk-heading-l">{t("mash.signOffList.title")}</h1>
      {entries.length === 0 ? (
        <p className="govuk-body">{t("mash.signOffList.none")}</p>
      ) : (
        <Table
          rows={entries}
          rowKey={(entry) => entry.reference}
          columns={[
            {
              header: t("mash.signOffList.column.contact"),
              cell: (entry) => (
                <Link className="govuk-link" to={mashPaths.contact(entry.reference)}>
                  {entry.reference}
                </Link>
              ),
            },
            {
              header: t("mash.signOffList.column.outcomes"),
              cell: (entry) => (
                <ul className="govuk-list">
                  {entry.children.map((child) => (
                    <li key={child.contactChildId}>
                      {child.childName}:{" "}
                      {t("mash.decision.childOutcome", {
                        outcome: outcomeLabel(child.outcome),
                        level: child.decidedLevel,
                      })}
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              header: t("mash.signOffList.column.recorded"),
              cell: (entry) =>
                t("mash.signOffList.recordedBy", {
                  name: entry.recordedByName,
                  time: formatDateTime(new Date(entry.recordedAt)),
                }),
            },
            {
              header: t("mash.signOffList.column.due"),
              cell: (entry) => <TimeLeftTag timeLeft={entry.decisionTimeLeft} dueAt={entry.decisionDueAt} />,
            },
            {
              header: t("mash.signOffList.column.action"),
              cell: (entry) => (
                <Link className="govuk-link" to={mashPaths.signOff(entry.reference)}>
                  {t("mash.signOffList.review")}
                  <span className="govuk-visually-hidden">
                    {" "}
                    {t("mash.signOffList.reviewHidden", { reference: entry.reference })}
                  </span>
                </Link>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
