import { parseWithZod } from "@conform-to/zod/v4";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { Input } from "~/components/govuk/input";
import { Table } from "~/components/govuk/table";
import { childViewsSchema } from "~/forms/auth/admin";
import { formatDateTime } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { childRecordViewers } from "~/services/audit-search.server";
import { auditActor } from "~/services/audit.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle("admin.childViews.title", { hasErrors: data?.result?.status === "error" }) },
];

/** By person id (audit_events.person_id): works for every kind of record that names the child. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin.audit", { context });
  const searchParams = new URL(request.url).searchParams;
  if (!searchParams.has("personId")) return { result: null, viewers: null };
  const submission = parseWithZod(searchParams, { schema: childViewsSchema });
  if (submission.status !== "success") return { result: submission.reply(), viewers: null };
  return {
    result: submission.reply(),
    viewers: await childRecordViewers(auditActor(context, admin), submission.value.personId),
  };
}

const when = (value: string | Date | null) => (value ? formatDateTime(new Date(value)) : "");

export default function ChildViews() {
  const t = useT();
  const { result, viewers } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "admin-audit-child-views",
    lastResult: result ?? undefined,
    titleKey: "admin.childViews.title",
    fieldOrder: ["personId"],
  });
  return (
    <>
      <BackLink to="/admin/audit" />
      <FormErrorSummary form={form} />
      <h1 className="govuk-heading-l">{t("admin.childViews.title")}</h1>
      <p className="govuk-body">{t("admin.childViews.intro")}</p>
      <Form method="get" {...form.formProps} noValidate>
        <Input spellCheck={false} width="30" label={t("admin.audit.personId.label")} {...form.field("personId")} />
        <Button>{t("admin.childViews.submit")}</Button>
      </Form>
      {viewers ? (
        viewers.length === 0 ? (
          <p className="govuk-body">{t("admin.childViews.none")}</p>
        ) : (
          <Table
            rows={viewers}
            rowKey={(viewer) => `${viewer.userId ?? "nobody"}-${viewer.role ?? ""}-${viewer.organisationName ?? ""}`}
            columns={[
              {
                header: t("admin.childViews.person"),
                cell: (viewer) => (
                  <>
                    {viewer.name ?? t("admin.audit.nobody")}
                    {viewer.organisationName ? (
                      <>
                        <br />
                        <span className="govuk-body-s">{viewer.organisationName}</span>
                      </>
                    ) : null}
                  </>
                ),
              },
              {
                header: t("admin.users.role"),
                cell: (viewer) => (viewer.role ? t(`role.${viewer.role as "admin"}`) : ""),
              },
              { header: t("admin.childViews.events"), cell: (viewer) => viewer.events, numeric: true },
              { header: t("admin.childViews.first"), cell: (viewer) => when(viewer.first) },
              { header: t("admin.childViews.last"), cell: (viewer) => when(viewer.last) },
            ]}
          />
        )
      ) : null}
    </>
  );
}
