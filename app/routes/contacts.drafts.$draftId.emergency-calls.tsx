import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { EmergencyCallsFields, emergencyCallsFields } from "~/components/contact/emergency-calls-fields";
import { JourneyCaption, JourneyPage } from "~/components/contact/journey-page";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { council } from "~/council";
import type { QuestionPageRef } from "~/domain/contact/journey";
import { emergencyCallsSchema } from "~/forms/contact/emergency-calls";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { backPath, requireDraftPage, saveDraftPageAction } from "~/route-support/draft-page.server";

export const handle = { titleKey: "contactJourney.emergencyCalls.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.emergencyCalls.title") }];

const page: QuestionPageRef = { page: "emergency-calls" };

export async function loader(args: LoaderFunctionArgs) {
  const { draft, returnTo, unsavedInput } = await requireDraftPage(args, page);
  return {
    back: backPath(draft.id, returnTo),
    defaultValue: unsavedInput ?? { ...draft.answers.emergencyCalls },
  };
}

export function action(args: ActionFunctionArgs) {
  return saveDraftPageAction(args, page, {
    schema: () => emergencyCallsSchema,
    save: (answers, emergencyCalls) => ({ ...answers, emergencyCalls }),
  });
}

/** Where "yes, a child is in immediate danger" leads: phone first, then record the calls and carry on. */
export default function EmergencyCalls() {
  const t = useT();
  const { back, defaultValue } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "emergency-calls",
    schema: emergencyCallsSchema,
    lastResult: useActionData<typeof action>(),
    defaultValue,
    fieldOrder: emergencyCallsFields,
    titleKey: "contactJourney.emergencyCalls.title",
  });
  return (
    <JourneyPage back={back}>
      <FormErrorSummary form={form} />
      <JourneyCaption />
      <h1 className="govuk-heading-l">{t("contactJourney.emergencyCalls.title")}</h1>
      <div className="govuk-inset-text">
        <p className="govuk-body govuk-!-font-weight-bold">{t("contactJourney.emergencyCalls.lead")}</p>
        <ol className="govuk-list govuk-list--number govuk-!-font-size-24 govuk-!-font-weight-bold">
          <li>{t("contactJourney.emergencyCalls.police")}</li>
          <li>
            {t("contactJourney.emergencyCalls.mash", {
              phone: council.mashPhone,
              outOfHoursPhone: council.mashOutOfHoursPhone,
            })}
          </li>
        </ol>
      </div>
      <p className="govuk-body">{t("contactJourney.emergencyCalls.after")}</p>
      <GovukFormLayout form={form} submitText={t("common.continue")} saveAndReturn>
        <EmergencyCallsFields form={form} />
      </GovukFormLayout>
    </JourneyPage>
  );
}
