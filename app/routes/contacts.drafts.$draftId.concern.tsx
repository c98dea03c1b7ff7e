import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { JourneyCaption, JourneyPage } from "~/components/contact/journey-page";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { Textarea } from "~/components/govuk/textarea";
import type { QuestionPageRef } from "~/domain/contact/journey";
import { concernLimits, concernSchema } from "~/forms/contact/concern";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { backPath, requireDraftPage, saveDraftPageAction } from "~/route-support/draft-page.server";

export const handle = { titleKey: "contactJourney.concern.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.concern.title") }];

const page: QuestionPageRef = { page: "concern" };
const fieldOrder = ["worry", "workingWell", "needsToHappen"] as const;

export async function loader(args: LoaderFunctionArgs) {
  const { draft, returnTo, unsavedInput } = await requireDraftPage(args, page);
  return {
    back: backPath(draft.id, returnTo),
    defaultValue: unsavedInput ?? { ...draft.answers.concern },
  };
}

export function action(args: ActionFunctionArgs) {
  return saveDraftPageAction(args, page, {
    schema: () => concernSchema,
    save: (answers, concern) => ({ ...answers, concern }),
  });
}

/** The Signs of Safety questions, each with GOV.UK's character count; the worry box asks for a useful minimum. */
export default function Concern() {
  const t = useT();
  const { back, defaultValue } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "concern",
    schema: concernSchema,
    lastResult: useActionData<typeof action>(),
    defaultValue,
    fieldOrder,
    titleKey: "contactJourney.concern.title",
  });
  const hints = {
    worry: t("contact.concern.worry.hint"),
    workingWell: t("contactJourney.concern.workingWell.hint"),
    needsToHappen: t("contactJourney.concern.needsToHappen.hint"),
  };
  return (
    <JourneyPage back={back}>
      <FormErrorSummary form={form} />
      <JourneyCaption />
      <h1 className="govuk-heading-l">{t("contactJourney.concern.title")}</h1>
      <p className="govuk-body">{t("contactJourney.concern.intro")}</p>
      <GovukFormLayout form={form} submitText={t("common.saveAndContinue")} saveAndReturn>
        {fieldOrder.map((name) => (
          <Textarea
            key={name}
            label={t(`contactJourney.concern.${name}`)}
            labelSize="m"
            hint={hints[name]}
            rows={name === "worry" ? 8 : 5}
            maxLength={concernLimits.maximum}
            {...form.field(name)}
          />
        ))}
      </GovukFormLayout>
    </JourneyPage>
  );
}
