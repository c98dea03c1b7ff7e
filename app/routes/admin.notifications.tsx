import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { Button } from "~/components/govuk/button";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { Table } from "~/components/govuk/table";
import { Tag, type TagColour } from "~/components/govuk/tag";
import type { OutboxStatus } from "~/domain/notifications/outbox-status";
import { formatDateTime } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { outboxForAdministrators, retryUndeliverable } from "~/services/notification-outbox.server";
import { auditActor } from "~/services/audit.server";
import { uuid } from "~/forms/uuid";

export const meta: MetaFunction = () => [{ title: pageTitle("notifications.admin.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, "admin.notifications", { context });
  return outboxForAdministrators();
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "admin.notifications", { context });
  const message = uuid().safeParse((await request.formData()).get("message"));
  const retried = message.success && (await retryUndeliverable(auditActor(context, user), message.data));
  throw redirect(`/admin/notifications?${retried ? "retried" : "notDead"}=1`);
}

const statusColours: Record<OutboxStatus, TagColour> = {
  pending: "blue",
  sending: "yellow",
  sent: "green",
  dead: "red",
};

export default function Notifications() {
  const t = useT();
  const { summary, dead, recent } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const statusTag = (status: OutboxStatus) => (
    <Tag colour={statusColours[status]}>{t(`notifications.admin.status.${status}`)}</Tag>
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        {searchParams.get("retried") ? (
          <NotificationBanner type="success" heading={t("notifications.admin.retried")} />
        ) : null}
        {searchParams.get("notDead") ? <NotificationBanner heading={t("notifications.admin.notDead")} /> : null}
        <h1 className="govuk-heading-l">{t("notifications.admin.title")}</h1>
        <p className="govuk-body">{t("notifications.admin.lead")}</p>
        <dl className="govuk-summary-list">
          {(["dead", "pending", "sending", "sent"] as const).map((status) => (
            <div key={status} className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t(`notifications.admin.summary.${status}`)}</dt>
              <dd className="govuk-summary-list__value" data-testid={`count-${status}`}>
                {summary[status]}
              </dd>
            </div>
          ))}
        </dl>

        <h2 className="govuk-heading-m">{t("notifications.admin.dead.heading")}</h2>
        {dead.length === 0 ? (
          <p className="govuk-body">{t("notifications.admin.dead.none")}</p>
        ) : (
          <Table
            rows={dead}
            rowKey={(message) => message.id}
            columns={[
              {
                header: t("notifications.admin.column.created"),
                cell: (message) => formatDateTime(new Date(message.createdAt)),
              },
              { header: t("notifications.admin.column.template"), cell: (message) => message.subject },
              { header: t("notifications.admin.column.recipient"), cell: (message) => message.recipient },
              { header: t("notifications.admin.column.attempts"), cell: (message) => message.attempts, numeric: true },
              { header: t("notifications.admin.column.error"), cell: (message) => message.lastError ?? "" },
              {
                header: t("notifications.admin.column.action"),
                cell: (message) => (
                  <Form method="post">
                    <input type="hidden" name="message" value={message.id} />
                    <Button variant="secondary" className="govuk-!-margin-bottom-0">
                      {t("notifications.admin.retry")}
                      <span className="govuk-visually-hidden">
                        {" "}
                        {t("notifications.admin.retryHidden", { recipient: message.recipient })}
                      </span>
                    </Button>
                  </Form>
                ),
              },
            ]}
          />
        )}

        <h2 className="govuk-heading-m">{t("notifications.admin.recent.heading")}</h2>
        <Table
          rows={recent}
          rowKey={(message) => message.id}
          columns={[
            {
              header: t("notifications.admin.column.created"),
              cell: (message) => formatDateTime(new Date(message.createdAt)),
            },
            { header: t("notifications.admin.column.template"), cell: (message) => message.subject },
            { header: t("notifications.admin.column.recipient"), cell: (message) => message.recipient },
            { header: t("notifications.admin.column.status"), cell: (message) => statusTag(message.status) },
            { header: t("notifications.admin.column.attempts"), cell: (message) => message.attempts, numeric: true },
          ]}
        />
      </div>
    </div>
  );
}
