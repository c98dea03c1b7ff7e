import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { BackLink } from "~/components/govuk/back-link";
import { SummaryList } from "~/components/govuk/summary-list";
import { Tag } from "~/components/govuk/tag";
import { WarningText } from "~/components/govuk/warning-text";
import { formatDate } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { paths } from "~/paths";
import { databaseUnavailableReply } from "~/forms/reply.server";
import { auditActor } from "~/services/audit.server";
import { isDatabaseUnavailable } from "~/services/database-errors.server";
import { publishThresholdDocument, thresholdDocumentById } from "~/services/thresholds.server";
import { isUuid } from "~/domain/uuid";

export const handle = { titleKey: "adminThresholds.title" };
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle("adminThresholds.preview.title", { params: { version: data?.document.version ?? "" } }) },
];

async function findVersion(documentId: string | undefined) {
  const found = isUuid(documentId) ? await thresholdDocumentById(documentId) : undefined;
  if (!found) throw new Response("Not found", { status: 404 });
  return found;
}

/** Any version, draft, in force or replaced: the preview before publishing, and the record of what applied when. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, "thresholds.publish", { context });
  const { document, status } = await findVersion(params.documentId);
  return { document, status, publishedOn: formatDate(document.publishedOn) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  try {
    const user = await requirePermission(request, "thresholds.publish", { context });
    const { id, version } = await findVersion(params.documentId);
    if (await publishThresholdDocument(auditActor(context, user), id)) {
      throw redirect(paths.adminThresholds({ published: version }));
    }
    return parseWithZod(formData, { schema: z.any() }).reply({
      formErrors: ["adminThresholds.preview.notPublishable"],
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableReply(formData);
    throw error;
  }
}

export default function ThresholdDocumentPreview() {
  const t = useT();
  const { document, status, publishedOn } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "publish-threshold-document",
    schema: z.object({}),
    lastResult: useActionData<typeof action>(),
    fieldOrder: [],
    titleKey: "adminThresholds.title",
  });
  const rule = document.suggestedLevelRule;
  return (
    <>
      <BackLink to={paths.adminThresholds()}>{t("adminThresholds.preview.back")}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          <FormErrorSummary form={form} />
          <span className="govuk-caption-l">{document.title}</span>
          <h1 className="govuk-heading-l">{t("adminThresholds.preview.title", { version: document.version })}</h1>
          <p className="govuk-body">
            <Tag colour={status === "published" ? "green" : status === "draft" ? "yellow" : "grey"}>
              {t(`adminThresholds.status.${status}`)}
            </Tag>{" "}
            {t(
              status === "draft"
                ? "adminThresholds.preview.draft"
                : status === "published"
                  ? "adminThresholds.preview.inForce"
                  : "adminThresholds.preview.replaced",
            )}
          </p>
          <p className="govuk-body">
            {document.partnership}. {t("adminThresholds.preview.publishedOn", { date: publishedOn })}{" "}
            {t("adminThresholds.preview.counts", {
              levels: document.levels.length,
              domains: document.domains.length,
              descriptors: document.descriptors.length,
            })}
          </p>
          <p className="govuk-body">
            {rule.rule === "highest"
              ? t("adminThresholds.preview.rule.highest")
              : t("adminThresholds.preview.rule.accumulation", {
                  descriptors: rule.minimumDescriptors,
                  domains: rule.minimumDomains,
                })}
          </p>

          <h2 className="govuk-heading-m">{t("thresholds.levels.heading")}</h2>
          <SummaryList
            rows={document.levels.map((level) => ({
              key: t("thresholds.level.heading", { level: level.level, name: level.name }),
              value: (
                <>
                  <p className="govuk-body">{level.summary}</p>
                  <p className="govuk-body">
                    <strong>{t("thresholds.level.whatToDo")}:</strong> {level.whatToDo}
                  </p>
                  {level.consentRequired ? (
                    <p className="govuk-body">
                      <Tag colour="turquoise">{t("adminThresholds.preview.consent")}</Tag>
                    </p>
                  ) : null}
                </>
              ),
            }))}
          />

          {document.domains.map((domain) => (
            <section key={domain.id} aria-labelledby={`domain-${domain.id}`}>
              <h2 className="govuk-heading-m" id={`domain-${domain.id}`}>
                {domain.name}
              </h2>
              <p className="govuk-body">{domain.summary}</p>
              <SummaryList
                rows={document.descriptors
                  .filter((descriptor) => descriptor.domain === domain.id)
                  .sort((a, b) => a.level - b.level)
                  .map((descriptor) => ({
                    key: (
                      <>
                        {t("thresholds.descriptor.level", { level: descriptor.level })}
                        <br />
                        <span className="govuk-!-font-weight-regular govuk-!-font-size-16">{descriptor.id}</span>
                      </>
                    ),
                    value: (
                      <>
                        {descriptor.text}
                        {descriptor.keywords?.length ? (
                          <span className="govuk-hint govuk-!-margin-bottom-0"> {descriptor.keywords.join(", ")}</span>
                        ) : null}
                      </>
                    ),
                  }))}
              />
            </section>
          ))}

          {status === "draft" ? (
            <>
              <WarningText assistiveText={t("contactJourney.warning")}>
                {t("adminThresholds.preview.publishWarning")}
              </WarningText>
              <GovukFormLayout form={form} submitText={t("adminThresholds.preview.publish")}>
                {null}
              </GovukFormLayout>
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}
