import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { JourneyCaption, JourneyPage } from "~/components/contact/journey-page";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { ErrorMessage, Fieldset, FormGroup } from "~/components/govuk/field";
import { Input } from "~/components/govuk/input";
import { council } from "~/council";
import type { QuestionPageRef } from "~/domain/contact/journey";
import { emergencyCallsSchema } from "~/forms/contact/emergency-calls";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { backPath, requireDraftPage, saveDraftPageAction } from "~/route-support/draft-page.server";

export const handle = { titleKey: "contactJourney.emergencyCalls.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.emergencyCalls.title") }];

const page: QuestionPageRef = { page: "emergency-calls" };
const fieldOrder = ["phonedPolice", "phonedMash", "calledAt"] as const;

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
    fieldOrder,
    titleKey: "contactJourney.emergencyCalls.title",
  });
  const confirmError = form.error("phonedPolice") ?? form.error("phonedMash");
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
        <FormGroup error={confirmError}>
          <Fieldset
            legend={t("contactJourney.emergencyCalls.confirm.legend")}
            describedBy={confirmError ? "calls-error" : undefined}
          >
            <ErrorMessage id="calls" error={confirmError} />
            <div className="govuk-checkboxes" data-module="govuk-checkboxes">
              {(["phonedPolice", "phonedMash"] as const).map((name) => (
                <div key={name} className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    id={name}
                    name={name}
                    type="checkbox"
                    value="yes"
                    defaultChecked={form.value(name) === "yes"}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={name}>
                    {t(`contactJourney.emergencyCalls.${name}`)}
                  </label>
                </div>
              ))}
            </div>
          </Fieldset>
        </FormGroup>
        <Input
          label={t("contactJourney.emergencyCalls.calledAt.label")}
          hint={t("contactJourney.emergencyCalls.calledAt.hint")}
          width="5"
          {...form.field("calledAt")}
        />
      </GovukFormLayout>
    </JourneyPage>
  );
}
