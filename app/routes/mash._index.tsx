import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { z } from "zod";
import { requirePermission } from "~/auth/authorise.server";
import { ErrorSummary } from "~/components/govuk/error-summary";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { Pagination } from "~/components/govuk/pagination";
import { Table } from "~/components/govuk/table";
import { knownTag } from "~/components/mash/known-children";
import { QueueFilterForm } from "~/components/mash/queue-filters";
import { confirmationDueTag, ragTag, statusTag, timeLeftTag } from "~/components/mash/tags";
import { formatDateTime, formatTime } from "~/domain/date-format";
import type { MessageKey } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { pageRequest } from "~/lists/pages";
import { mashPaths, readNotice, type QueueSearch } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { queueFilters, queueFilterSchema } from "~/forms/mash/queue-filters";
import { mashQueue, queuePageSize, type QueueEntry } from "~/services/mash-queue.server";
import { claimContact } from "~/services/mash-workflow.server";

export const meta: MetaFunction = () => [{ title: pageTitle("mash.queue.title") }];

/** How often the open queue asks the server for changes. */
const refreshSeconds = 30;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const parsed = queueFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const queue = await mashQueue(
    auditActor(context, user),
    user,
    queueFilters(parsed),
    pageRequest(request.url, queuePageSize),
  );
  const firstNumber = (queue.page - 1) * queuePageSize + 1;
  return { ...queue, firstNumber, filters: parsed, loadedAt: new Date(), notice: readNotice(request.url) };
}

const claimSchema = z.object({ reference: z.string().regex(/^FD-\d{6,}$/) });

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const submission = parseWithZod(await request.formData(), { schema: claimSchema });
  if (submission.status !== "success") throw new Response("Bad request", { status: 400 });
  const { reference } = submission.value;
  const outcome = await claimContact(auditActor(context, user), user, reference);
  if (outcome.ok) throw redirect(mashPaths.contact(reference, "claimed"));
  if (outcome.error === "notFound") throw new Response("Not found", { status: 404 });
  return data({ error: outcome.error, reference }, { status: 409 });
}

/** Asks the server again every so often while the page is in view; without JavaScript, a reload does the same. */
function useRefresh(seconds: number) {
  const revalidator = useRevalidator();
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible" && revalidator.state === "idle") revalidator.revalidate();
    }, seconds * 1000);
    return () => window.clearInterval(timer);
  }, [revalidator, seconds]);
}

export default function Queue() {
  const t = useT();
  const { entries, page, pageCount, matching, firstNumber, counts, assignees, filters, loadedAt, notice } =
    useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  useRefresh(refreshSeconds);

  const quickFilters: { search: QueueSearch; text: string }[] = [
    { search: {}, text: t("mash.queue.quick.all", { count: counts.all }) },
    { search: { overdue: "yes" }, text: t("mash.queue.quick.overdue", { count: counts.overdue }) },
    {
      search: { assignee: "unassigned" },
      text: t("mash.queue.quick.unassigned", { count: counts.assignee.unassigned ?? 0 }),
    },
    { search: { assignee: "me" }, text: t("mash.queue.quick.mine", { count: counts.assignee.me ?? 0 }) },
    {
      search: { confirmation: "awaiting" },
      text: t("mash.queue.quick.awaitingConfirmation", { count: counts.awaitingConfirmation }),
    },
  ];

  return (
    <>
      <ErrorSummary
        errors={refused ? [{ fieldId: `claim-${refused.reference}`, text: t(refused.error as MessageKey) }] : []}
      />
      {notice && !refused ? <NotificationBanner type="success" heading={t(`mash.notice.${notice}`)} /> : null}
      <h1 className="govuk-heading-l">{t("mash.queue.title")}</h1>
      <p className="govuk-body">{t("mash.queue.lead")}</p>
      <p className="govuk-body-s" aria-live="polite">
        {t("mash.queue.updated", { time: formatTime(new Date(loadedAt)) })}
      </p>

      <nav aria-label={t("mash.queue.quick")}>
        <ul className="govuk-list app-inline-list">
          {quickFilters.map(({ search, text }) => (
            <li key={text}>
              <Link className="govuk-link govuk-link--no-visited-state" to={mashPaths.queue(search)}>
                {text}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <QueueFilterForm filters={filters} counts={counts} assignees={assignees} />

      {entries.length === 0 ? (
        <p className="govuk-body">{counts.all === 0 ? t("mash.queue.emptyAll") : t("mash.queue.empty")}</p>
      ) : (
        <>
          <QueueTable entries={entries} matching={matching} firstNumber={firstNumber} />
          <Pagination page={page} pageCount={pageCount} />
        </>
      )}
    </>
  );
}

/**
 * Twenty-five rows at a time, and each row plain markup: links and the claim form
 * are plain elements (the claim posts as a whole page, with or without
 * JavaScript) and the tags are functions of one translator, not components
 * with hooks of their own.
 */
function QueueTable({
  entries,
  matching,
  firstNumber,
}: {
  entries: QueueEntry[];
  matching: number;
  firstNumber: number;
}) {
  const t = useT();
  return (
    <div className="app-table-scroll">
      <Table
        caption={
          entries.length === matching
            ? t(entries.length === 1 ? "mash.queue.caption.one" : "mash.queue.caption.other", { count: entries.length })
            : t("mash.queue.caption.page", {
                from: firstNumber.toLocaleString("en-GB"),
                to: (firstNumber + entries.length - 1).toLocaleString("en-GB"),
                count: matching.toLocaleString("en-GB"),
              })
        }
        rows={entries}
        rowKey={(entry) => entry.reference}
        columns={[
          {
            header: t("mash.queue.column.contact"),
            cell: (entry) => (
              <>
                <a className="govuk-link" href={mashPaths.contact(entry.reference)}>
                  {entry.reference}
                </a>
                <br />
                {entry.children.join(", ")}
                {entry.immediateDanger ? (
                  <>
                    <br />
                    <strong className="govuk-tag govuk-tag--red">{t("mash.queue.immediateDanger")}</strong>
                  </>
                ) : null}
                {entry.known.length > 0 ? (
                  <>
                    <br />
                    {knownTag(t, entry.known)}
                  </>
                ) : null}
              </>
            ),
          },
          { header: t("mash.queue.column.rag"), cell: (entry) => ragTag(t, entry.rag) },
          {
            header: t("mash.queue.column.received"),
            cell: (entry) => (
              <>
                {formatDateTime(new Date(entry.receivedAt))}
                <br />
                <span className="govuk-body-s">
                  {entry.organisationName
                    ? t("mash.queue.from", { organisation: entry.organisationName })
                    : t(`mash.contact.channel.${entry.channel}`)}
                </span>
                {entry.confirmationDueAt
                  ? confirmationDueTag(t, entry.confirmationDueAt, entry.confirmationOverdue)
                  : null}
              </>
            ),
          },
          { header: t("mash.queue.column.status"), cell: (entry) => statusTag(t, entry.status) },
          {
            header: t("mash.queue.column.assignee"),
            cell: (entry) => entry.assignee?.name ?? t("mash.queue.nobody"),
          },
          {
            header: t("mash.queue.column.deadlines"),
            cell: (entry) => (
              <ul className="govuk-list govuk-!-margin-bottom-0">
                {(["screening", "decision"] as const).map((name) => (
                  <li key={name} className="govuk-body-s govuk-!-margin-bottom-1">
                    {t(`mash.deadline.${name}`)}: {timeLeftTag(t, entry[name])}
                  </li>
                ))}
              </ul>
            ),
          },
          {
            header: t("mash.queue.column.action"),
            cell: (entry) =>
              entry.status === "submitted" ? (
                <form method="post">
                  <input type="hidden" name="reference" value={entry.reference} />
                  {/* A whole-page post, so GOV.UK Frontend's own guard against a double click fits. */}
                  <button
                    type="submit"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    data-module="govuk-button"
                    data-prevent-double-click="true"
                    id={`claim-${entry.reference}`}
                  >
                    {t("mash.queue.claim")}
                    <span className="govuk-visually-hidden">
                      {" "}
                      {t("mash.queue.claimHidden", { reference: entry.reference })}
                    </span>
                  </button>
                </form>
              ) : null,
          },
        ]}
      />
    </div>
  );
}
