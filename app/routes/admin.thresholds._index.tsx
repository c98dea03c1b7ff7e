import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { classNames } from "~/components/govuk/classes";
import { describedBy, ErrorMessage, FormGroup, Hint } from "~/components/govuk/field";
import { Label } from "~/components/govuk/input";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { Table } from "~/components/govuk/table";
import { Tag } from "~/components/govuk/tag";
import { maxThresholdFileBytes, thresholdUploadSchema } from "~/forms/thresholds/upload";
import { formatDate } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { paths } from "~/paths";
import { databaseUnavailableReply } from "~/forms/reply.server";
import { auditActor } from "~/services/audit.server";
import { isDatabaseUnavailable } from "~/services/database-errors.server";
import { listThresholdDocuments, uploadThresholdDocument } from "~/services/thresholds.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "adminThresholds.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("adminThresholds.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, "thresholds.publish", { context });
  const versions = await listThresholdDocuments();
  return {
    versions: versions.map((version) => ({
      id: version.id,
      href: paths.adminThresholdDocument(version.id),
      version: version.version,
      title: version.document.title,
      status: version.status,
      uploaded: formatDate(version.uploadedAt),
    })),
  };
}

/** Stores the file as a draft version and shows its preview; a file with problems comes back with each one listed. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "thresholds.publish", { context });
  // Refuse an oversized upload before reading it into memory.
  if (Number(request.headers.get("content-length") ?? 0) > maxThresholdFileBytes + 64 * 1024) {
    return parseWithZod(new FormData(), { schema: thresholdUploadSchema }).reply({
      fieldErrors: { file: ["adminThresholds.upload.file.tooLarge"] },
    });
  }
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: thresholdUploadSchema });
  if (submission.status !== "success") return errorReply(submission);
  try {
    const result = await uploadThresholdDocument(auditActor(context, user), await submission.value.file.text());
    if (!result.ok) return errorReply(submission, { fieldErrors: { file: result.errors } });
    throw redirect(paths.adminThresholdDocument(result.id));
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableReply(formData);
    throw error;
  }
}

export default function AdminThresholds() {
  const t = useT();
  const { versions } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const published = searchParams.get("published");
  const form = useGovukForm({
    id: "upload-threshold-document",
    schema: thresholdUploadSchema,
    lastResult: useActionData<typeof action>(),
    fieldOrder: ["file"],
    listEveryMessage: ["file"],
    titleKey: "adminThresholds.title",
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <FormErrorSummary form={form} />
        {published ? (
          <NotificationBanner type="success" heading={t("adminThresholds.published", { version: published })} />
        ) : null}
        <h1 className="govuk-heading-l">{t("adminThresholds.title")}</h1>
        <p className="govuk-body">{t("adminThresholds.intro")}</p>
        <h2 className="govuk-heading-m">{t("adminThresholds.versions.heading")}</h2>
        <Table
          rows={versions}
          rowKey={(version) => version.id}
          columns={[
            {
              header: t("adminThresholds.versions.version"),
              cell: (version) => (
                <Link className="govuk-link" to={version.href}>
                  {version.version}
                </Link>
              ),
            },
            { header: t("adminThresholds.versions.title"), cell: (version) => version.title },
            {
              header: t("adminThresholds.versions.status"),
              cell: (version) => (
                <Tag colour={version.status === "published" ? "green" : version.status === "draft" ? "yellow" : "grey"}>
                  {t(`adminThresholds.status.${version.status}`)}
                </Tag>
              ),
            },
            { header: t("adminThresholds.versions.uploaded"), cell: (version) => version.uploaded },
          ]}
        />
        <h2 className="govuk-heading-m">{t("adminThresholds.upload.heading")}</h2>
        <GovukFormLayout form={form} encType="multipart/form-data" submitText={t("adminThresholds.upload.submit")}>
          <FormGroup {...form.field("file")}>
            <Label htmlFor="file" size="s">
              {t("adminThresholds.upload.file")}
            </Label>
            <Hint id="file">{t("adminThresholds.upload.file.hint")}</Hint>
            <ErrorMessage {...form.field("file")} />
            <input
              id="file"
              name="file"
              type="file"
              accept="application/json,.json"
              className={classNames("govuk-file-upload", form.error("file") && "govuk-file-upload--error")}
              aria-describedby={describedBy("file", true, form.error("file"))}
            />
          </FormGroup>
        </GovukFormLayout>
      </div>
    </div>
  );
}
