import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { JourneyCaption, JourneyPage } from "~/components/contact/journey-page";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { Radios } from "~/components/govuk/choices";
import { Textarea } from "~/components/govuk/textarea";
import { consentRequiredFor, type QuestionPageRef } from "~/domain/contact/journey";
import { consentSchema } from "~/forms/contact/consent";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { backPath, requireDraftPage, saveDraftPageAction } from "~/route-support/draft-page.server";

export const handle = { titleKey: "contactJourney.consent.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.consent.title") }];

const page: QuestionPageRef = { page: "consent" };
const fieldOrder = [
  "significantHarm",
  "familyAware",
  "familyUnawareReason",
  "familyConsented",
  "noConsentReason",
  "familyObjections",
] as const;

export async function loader(args: LoaderFunctionArgs) {
  const { draft, returnTo, unsavedInput } = await requireDraftPage(args, page);
  return {
    back: backPath(draft.id, returnTo),
    // The page opens only once the level is settled, so this is known; true asks the stricter question.
    consentRequired: consentRequiredFor(draft.answers, draft.context) ?? true,
    defaultValue: unsavedInput ?? { ...draft.answers.consent },
  };
}

export function action(args: ActionFunctionArgs) {
  return saveDraftPageAction(args, page, {
    schema: (draft) => consentSchema({ consentRequired: consentRequiredFor(draft.answers, draft.context) ?? true }),
    save: (answers, consent) => ({ ...answers, consent }),
  });
}

/**
 * Whether the family know and whether they agree (early help: the family's
 * consent; a statutory level: whether the concern is significant harm, and if
 * not, the parents' agreement); if not, why not, and what they object to.
 */
export default function Consent() {
  const t = useT();
  const { back, consentRequired, defaultValue } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "consent",
    schema: consentSchema({ consentRequired }),
    lastResult: useActionData<typeof action>(),
    defaultValue,
    fieldOrder,
    titleKey: "contactJourney.consent.title",
  });
  const consentQuestion = (
    <Radios
      legend={t(consentRequired ? "contactJourney.consent.familyConsented" : "contactJourney.consent.parentsAgreed")}
      legendSize="s"
      hint={consentRequired ? undefined : t("contactJourney.consent.parentsAgreed.hint")}
      {...form.choice("familyConsented")}
      items={[
        { value: "yes", label: t("common.yes") },
        {
          value: "no",
          label: t("common.no"),
          conditional: (
            <>
              <Textarea
                label={t("contactJourney.consent.noConsentReason")}
                hint={t("contact.consent.noConsentReason.hint")}
                rows={4}
                {...form.field("noConsentReason")}
              />
              <Textarea
                label={t("contactJourney.consent.familyObjections")}
                hint={t("contactJourney.consent.familyObjections.hint")}
                rows={4}
                {...form.field("familyObjections")}
              />
            </>
          ),
        },
      ]}
    />
  );
  return (
    <JourneyPage back={back}>
      <FormErrorSummary form={form} />
      <JourneyCaption />
      <h1 className="govuk-heading-l">{t("contactJourney.consent.title")}</h1>
      <p className="govuk-body">
        {t(consentRequired ? "contactJourney.consent.required" : "contactJourney.consent.notRequired")}
      </p>
      <GovukFormLayout form={form} submitText={t("common.saveAndContinue")} saveAndReturn>
        {consentRequired ? null : (
          <Radios
            legend={t("contactJourney.consent.significantHarm")}
            {...form.choice("significantHarm")}
            items={[
              {
                value: "yes",
                label: t("contactJourney.consent.significantHarm.yes"),
                hint: t("contactJourney.consent.significantHarm.yesHint"),
              },
              {
                value: "no",
                label: t("contactJourney.consent.significantHarm.no"),
                hint: t("contactJourney.consent.significantHarm.noHint"),
              },
            ]}
          />
        )}
        <Radios
          legend={t("contactJourney.consent.familyAware")}
          {...form.choice("familyAware")}
          items={[
            { value: "yes", label: t("common.yes"), conditional: consentQuestion },
            {
              value: "no",
              label: t("common.no"),
              conditional: (
                <Textarea
                  label={t("contactJourney.consent.familyUnawareReason")}
                  rows={4}
                  {...form.field("familyUnawareReason")}
                />
              ),
            },
          ]}
        />
      </GovukFormLayout>
    </JourneyPage>
  );
}
