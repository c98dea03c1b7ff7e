import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { ImmediateDangerForm, immediateDangerFields } from "~/components/contact/immediate-danger-form";
import { JourneyPage } from "~/components/contact/journey-page";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { nextPage } from "~/domain/contact/journey";
import { immediateDangerSchema } from "~/forms/contact/immediate-danger";
import { pageTitle } from "~/i18n/page-title";
import { paths } from "~/paths";
import { databaseUnavailableReply } from "~/forms/reply.server";
import { auditActor } from "~/services/audit.server";
import { startContactDraft } from "~/services/contact-drafts.server";
import { isDatabaseUnavailable } from "~/services/database-errors.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "contactJourney.immediateDanger.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.immediateDanger.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, "contact.create", { context });
  return null;
}

/** The answer to the first question starts the draft: from here on, everything is saved as the referrer goes. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  try {
    const user = await requirePermission(request, "contact.create", { context });
    const submission = parseWithZod(formData, { schema: immediateDangerSchema });
    if (submission.status !== "success") return errorReply(submission);
    const started = await startContactDraft(auditActor(context, user), user, submission.value);
    const next = nextPage(started.answers, { page: "immediate-danger" }, started.context) ?? { page: "task-list" };
    throw redirect(paths.draftPage(started.draftId, next));
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableReply(formData);
    throw error;
  }
}

export default function NewContact() {
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "immediate-danger",
    schema: immediateDangerSchema,
    lastResult,
    fieldOrder: immediateDangerFields,
    titleKey: "contactJourney.immediateDanger.title",
  });
  return (
    <JourneyPage back={paths.contacts()}>
      <FormErrorSummary form={form} />
      <ImmediateDangerForm form={form} />
    </JourneyPage>
  );
}
