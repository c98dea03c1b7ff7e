import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requirePermission } from "~/auth/authorise.server";
import { ContactAnswersSummary } from "~/components/contact/answers-summary";
import { JourneyCaption, JourneyPage } from "~/components/contact/journey-page";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { isPageAvailable, type PageRef } from "~/domain/contact/journey";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { paths } from "~/paths";
import { databaseUnavailableReply } from "~/forms/reply.server";
import { requireDraft } from "~/route-support/draft-page.server";
import { auditActor } from "~/services/audit.server";
import { submitContact } from "~/services/contacts.server";
import { intakeOrganisation } from "~/services/recorded-contacts.server";
import { isDatabaseUnavailable } from "~/services/database-errors.server";

export const handle = { titleKey: "contactJourney.checkAnswers.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.checkAnswers.title") }];

export async function loader(args: LoaderFunctionArgs) {
  const { draft } = await requireDraft(args);
  if (!isPageAvailable(draft.answers, { page: "check-answers" }, draft.context)) throw redirect(paths.draft(draft.id));
  const organisation = draft.answers.intake ? await intakeOrganisation(draft.answers.intake) : undefined;
  return {
    draftId: draft.id,
    answers: draft.answers,
    document: draft.context.document,
    intakeOrganisationName: organisation?.name,
  };
}

/**
 * Submits the draft. Safe to repeat: a second post (a double click, the form
 * sent again, a retry after a timeout) finds the contact the first one made
 * and goes to the same confirmation.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  try {
    const user = await requirePermission(request, "contact.draft", { context });
    const result = await submitContact(auditActor(context, user), user, params.draftId ?? "");
    if (result.outcome === "not-found") throw new Response("Not found", { status: 404 });
    if (result.outcome === "incomplete") throw redirect(paths.draft(params.draftId ?? ""));
    if (result.outcome === "recorded") throw redirect(mashPaths.contact(result.reference, "recorded"));
    throw redirect(paths.contactConfirmation(result.reference));
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableReply(formData);
    throw error;
  }
}

export default function CheckAnswers() {
  const t = useT();
  const { draftId, answers, document, intakeOrganisationName } = useLoaderData<typeof loader>();
  const recording = answers.intake !== undefined;
  const form = useGovukForm({
    id: "submit-contact",
    schema: z.object({}),
    lastResult: useActionData<typeof action>(),
    fieldOrder: [],
    titleKey: "contactJourney.checkAnswers.title",
  });
  const changeHref = (page: PageRef) => paths.draftPage(draftId, page, { returnTo: "check-answers" });
  return (
    <JourneyPage back={paths.draft(draftId)}>
      <FormErrorSummary form={form} />
      <JourneyCaption />
      <h1 className="govuk-heading-l">{t("contactJourney.checkAnswers.title")}</h1>
      <ContactAnswersSummary
        answers={answers}
        document={document}
        changeHref={changeHref}
        intakeOrganisationName={intakeOrganisationName}
      />
      <h2 className="govuk-heading-m govuk-!-margin-top-8">{t("contactJourney.checkAnswers.submitHeading")}</h2>
      <p className="govuk-body">
        {t(recording ? "contactJourney.checkAnswers.recordDeclaration" : "contactJourney.checkAnswers.declaration")}
      </p>
      <GovukFormLayout
        form={form}
        submitText={t(recording ? "contactJourney.checkAnswers.record" : "contactJourney.checkAnswers.submit")}
      >
        {null}
      </GovukFormLayout>
    </JourneyPage>
  );
}
