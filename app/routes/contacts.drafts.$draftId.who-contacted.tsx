import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { IntakeForm } from "~/components/contact/intake-form";
import { JourneyCaption, JourneyPage } from "~/components/contact/journey-page";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import type { QuestionPageRef } from "~/domain/contact/journey";
import { intakeFieldOrder, intakeSchema } from "~/forms/contact/intake";
import { isoDateToParts } from "~/forms/date-input";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { backPath, requireDraftPage, saveDraftPageAction } from "~/route-support/draft-page.server";
import { intakeOrganisations } from "~/services/recorded-contacts.server";

export const handle = { titleKey: "contactJourney.intake.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.intake.title") }];

const page: QuestionPageRef = { page: "intake" };

/** Changing who contacted the MASH, how or when, on a contact being recorded. */
export async function loader(args: LoaderFunctionArgs) {
  const { draft, returnTo, unsavedInput } = await requireDraftPage(args, page);
  const intake = draft.answers.intake;
  return {
    back: backPath(draft.id, returnTo),
    organisations: await intakeOrganisations(),
    defaultValue:
      unsavedInput ?? (intake ? { ...intake, receivedDate: isoDateToParts(intake.receivedDate) } : undefined),
  };
}

export function action(args: ActionFunctionArgs) {
  return saveDraftPageAction(args, page, {
    schema: () => intakeSchema,
    save: (answers, intake) => ({ ...answers, intake }),
  });
}

export default function WhoContacted() {
  const t = useT();
  const { back, organisations, defaultValue } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "intake",
    schema: intakeSchema,
    lastResult: useActionData<typeof action>(),
    defaultValue,
    fieldOrder: intakeFieldOrder,
    titleKey: "contactJourney.intake.title",
  });
  return (
    <JourneyPage back={back}>
      <FormErrorSummary form={form} />
      <JourneyCaption />
      <h1 className="govuk-heading-l">{t("contactJourney.intake.title")}</h1>
      <IntakeForm form={form} organisations={organisations} submitText={t("common.saveAndContinue")} saveAndReturn />
    </JourneyPage>
  );
}
