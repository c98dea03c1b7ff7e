import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { IntakeForm } from "~/components/contact/intake-form";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { BackLink } from "~/components/govuk/back-link";
import { nextPage } from "~/domain/contact/journey";
import { intakeFieldOrder, intakeSchema } from "~/forms/contact/intake";
import { errorReply } from "~/forms/reply.server";
import { formatDateTime } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { paths } from "~/paths";
import { auditActor } from "~/services/audit.server";
import { listOpenDrafts } from "~/services/contact-drafts.server";
import {
  intakeOrganisationIsKnown,
  intakeOrganisations,
  startRecordedContact,
} from "~/services/recorded-contacts.server";

export const handle = { titleKey: "contactJourney.intake.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.intake.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contact.record", { context });
  const [organisations, drafts] = await Promise.all([intakeOrganisations(), listOpenDrafts(user)]);
  return { organisations, drafts };
}

/** Who contacted, how and when starts the MASH's draft; the partner's own pages follow. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "contact.record", { context });
  const submission = parseWithZod(await request.formData(), { schema: intakeSchema });
  if (submission.status !== "success") return errorReply(submission);
  if (!(await intakeOrganisationIsKnown(submission.value))) {
    return errorReply(submission, { fieldErrors: { organisationId: ["contact.intake.organisationId.required"] } });
  }
  const started = await startRecordedContact(auditActor(context, user), user, submission.value);
  const next = nextPage(started.answers, { page: "intake" }, started.context) ?? { page: "task-list" };
  throw redirect(paths.draftPage(started.draftId, next));
}

export default function RecordContact() {
  const t = useT();
  const { organisations, drafts } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "intake",
    schema: intakeSchema,
    lastResult: useActionData<typeof action>(),
    fieldOrder: intakeFieldOrder,
    titleKey: "contactJourney.intake.title",
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.queue()} />
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{t("contactJourney.intake.title")}</h1>
        <p className="govuk-body">{t("contactJourney.intake.lead")}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={mashPaths.policeNotification()}>
            {t("contactJourney.intake.policeNotificationLink")}
          </Link>
        </p>
        <IntakeForm form={form} organisations={organisations} submitText={t("contactJourney.intake.continue")} />
        {drafts.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">{t("contactJourney.intake.drafts")}</h2>
            <ul className="govuk-list">
              {drafts.map((draft) => (
                <li key={draft.id}>
                  <Link className="govuk-link" to={paths.draft(draft.id)}>
                    {draft.children.length > 0
                      ? draft.children
                          .map((child) => [child.firstName, child.lastName].filter(Boolean).join(" "))
                          .join(", ")
                      : t("contactJourney.intake.draftNoChildren")}
                  </Link>{" "}
                  <span className="govuk-hint govuk-!-display-inline">
                    {t("contactJourney.intake.draftUpdated", { time: formatDateTime(new Date(draft.updatedAt)) })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}
