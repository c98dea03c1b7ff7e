import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { JourneyCaption, JourneyPage } from "~/components/contact/journey-page";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { Input } from "~/components/govuk/input";
import type { QuestionPageRef } from "~/domain/contact/journey";
import { referrerSchema } from "~/forms/contact/referrer";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { backPath, requireDraftPage, saveDraftPageAction } from "~/route-support/draft-page.server";
import { intakeOrganisation } from "~/services/recorded-contacts.server";

export const handle = { titleKey: "contactJourney.referrer.title" };
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.recording ? "contactJourney.referrer.recordingTitle" : "contactJourney.referrer.title") },
];

const page: QuestionPageRef = { page: "referrer" };
const fields = [
  { name: "name", labelKey: "contactJourney.referrer.name", autoComplete: "name" },
  { name: "role", labelKey: "contactJourney.referrer.role", autoComplete: "organization-title" },
  { name: "organisation", labelKey: "contactJourney.referrer.organisation", autoComplete: "organization" },
  { name: "phone", labelKey: "contactJourney.referrer.phone", autoComplete: "tel", type: "tel" },
  { name: "email", labelKey: "contactJourney.referrer.email", autoComplete: "email", type: "email" },
] as const;

export async function loader(args: LoaderFunctionArgs) {
  const { user, draft, returnTo, unsavedInput } = await requireDraftPage(args, page);
  const intake = draft.answers.intake;
  // The first time, the referrer's account fills the page; after that, what they saved for this contact.
  // The MASH, recording someone else's contact, starts from the organisation they named.
  const fromAccount = intake
    ? { organisation: (await intakeOrganisation(intake))?.name }
    : {
        name: user.name,
        role: user.jobTitle ?? undefined,
        organisation: user.organisationName,
        phone: user.phone ?? undefined,
        email: user.email,
      };
  return {
    back: backPath(draft.id, returnTo),
    defaultValue: unsavedInput ?? { ...(draft.answers.referrer ?? fromAccount) },
    recording: intake !== undefined,
  };
}

export function action(args: ActionFunctionArgs) {
  return saveDraftPageAction(args, page, {
    schema: () => referrerSchema,
    save: (answers, referrer) => ({ ...answers, referrer }),
  });
}

export default function YourDetails() {
  const t = useT();
  const { back, defaultValue, recording } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "referrer",
    schema: referrerSchema,
    lastResult: useActionData<typeof action>(),
    defaultValue,
    fieldOrder: fields.map((field) => field.name),
    titleKey: "contactJourney.referrer.title",
  });
  return (
    <JourneyPage back={back}>
      <FormErrorSummary form={form} />
      <JourneyCaption />
      <h1 className="govuk-heading-l">
        {t(recording ? "contactJourney.referrer.recordingTitle" : "contactJourney.referrer.title")}
      </h1>
      <p className="govuk-body">
        {t(recording ? "contactJourney.referrer.recordingHint" : "contactJourney.referrer.hint")}
      </p>
      <GovukFormLayout form={form} submitText={t("common.saveAndContinue")} saveAndReturn>
        {fields.map((field) => (
          <Input
            key={field.name}
            type={"type" in field ? field.type : "text"}
            autoComplete={field.autoComplete}
            spellCheck={false}
            label={t(field.labelKey)}
            hint={field.name === "phone" ? t("contactJourney.referrer.phone.hint") : undefined}
            width={field.name === "phone" ? "20" : undefined}
            {...form.field(field.name)}
          />
        ))}
      </GovukFormLayout>
    </JourneyPage>
  );
}
