import { parseWithZod } from "@conform-to/zod/v4";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { Button } from "~/components/govuk/button";
import { DateInput } from "~/components/govuk/date-input";
import { Input } from "~/components/govuk/input";
import { Table } from "~/components/govuk/table";
import { auditSearchSchema } from "~/forms/auth/admin";
import { formatDateTime } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { auditSearchLimit, searchAudit } from "~/services/audit-search.server";
import { auditActor } from "~/services/audit.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle("admin.audit.title", { hasErrors: data?.result.status === "error" }) },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin.audit", { context });
  const submission = parseWithZod(new URL(request.url).searchParams, { schema: auditSearchSchema });
  if (submission.status !== "success") return { result: submission.reply(), events: null, limit: auditSearchLimit };
  const events = await searchAudit(auditActor(context, admin), submission.value);
  return { result: submission.reply(), events, limit: auditSearchLimit };
}

const when = (value: string | Date) => formatDateTime(new Date(value));

export default function AuditSearch() {
  const t = useT();
  const { result, events, limit } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "admin-audit",
    lastResult: result,
    titleKey: "admin.audit.title",
    fieldOrder: ["email", "personId", "subjectType", "subjectId", "action", "from", "to"],
  });
  return (
    <>
      <FormErrorSummary form={form} />
      <h1 className="govuk-heading-l">{t("admin.audit.title")}</h1>
      <p className="govuk-body">{t("admin.audit.intro")}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/admin/audit/child-views">
          {t("admin.audit.childViews")}
        </Link>
      </p>
      <Form method="get" {...form.formProps} noValidate>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <Input type="email" spellCheck={false} label={t("admin.audit.email.label")} {...form.field("email")} />
            <Input spellCheck={false} label={t("admin.audit.personId.label")} {...form.field("personId")} />
            <Input
              spellCheck={false}
              label={t("admin.audit.action.label")}
              hint={t("admin.audit.action.hint")}
              {...form.field("action")}
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <Input
              spellCheck={false}
              label={t("admin.audit.subjectType.label")}
              hint={t("admin.audit.subjectType.hint")}
              {...form.field("subjectType")}
            />
            <Input spellCheck={false} label={t("admin.audit.subjectId.label")} {...form.field("subjectId")} />
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <DateInput legend={t("admin.audit.from.legend")} hint={t("admin.audit.date.hint")} {...form.date("from")} />
          </div>
          <div className="govuk-grid-column-one-half">
            <DateInput legend={t("admin.audit.to.legend")} hint={t("admin.audit.date.hint")} {...form.date("to")} />
          </div>
        </div>
        <Button>{t("admin.audit.search")}</Button>
      </Form>
      {events ? (
        <>
          <h2 className="govuk-heading-m">{t("admin.audit.results")}</h2>
          {events.length === 0 ? (
            <p className="govuk-body">{t("admin.audit.none")}</p>
          ) : (
            <>
              <p className="govuk-body">{t("admin.audit.resultsCount", { count: events.length })}</p>
              {events.length === limit ? (
                <p className="govuk-body">{t("admin.audit.limited", { count: limit })}</p>
              ) : null}
              <div className="app-table-scroll">
                <Table
                  rows={events}
                  rowKey={(event) => String(event.id)}
                  columns={[
                    { header: t("admin.audit.when"), cell: (event) => when(event.occurredAt) },
                    {
                      header: t("admin.audit.who"),
                      cell: (event) =>
                        event.userName ? (
                          <>
                            {event.userName}
                            <br />
                            <span className="govuk-body-s">
                              {event.userRole ? t(`role.${event.userRole as "admin"}`) : ""}
                            </span>
                          </>
                        ) : (
                          t("admin.audit.nobody")
                        ),
                    },
                    { header: t("admin.audit.event"), cell: (event) => <code>{event.action}</code> },
                    {
                      header: t("admin.audit.record"),
                      cell: (event) => (event.subjectType ? `${event.subjectType} ${event.subjectId ?? ""}` : ""),
                    },
                    { header: t("admin.audit.child"), cell: (event) => event.personId ?? "" },
                    { header: t("admin.audit.ip"), cell: (event) => event.ipAddress ?? "" },
                    { header: t("admin.audit.reason"), cell: (event) => event.reason ?? "" },
                  ]}
                />
              </div>
            </>
          )}
        </>
      ) : null}
    </>
  );
}
