import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ImmediateDangerForm, immediateDangerFields } from "~/components/contact/immediate-danger-form";
import { JourneyPage } from "~/components/contact/journey-page";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import type { QuestionPageRef } from "~/domain/contact/journey";
import { immediateDangerSchema } from "~/forms/contact/immediate-danger";
import { pageTitle } from "~/i18n/page-title";
import { backPath, requireDraftPage, saveDraftPageAction } from "~/route-support/draft-page.server";

export const handle = { titleKey: "contactJourney.immediateDanger.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.immediateDanger.title") }];

const page: QuestionPageRef = { page: "immediate-danger" };

export async function loader(args: LoaderFunctionArgs) {
  const { draft, returnTo, unsavedInput } = await requireDraftPage(args, page);
  return {
    back: backPath(draft.id, returnTo),
    defaultValue: unsavedInput ?? { ...draft.answers.immediateDanger },
  };
}

export function action(args: ActionFunctionArgs) {
  return saveDraftPageAction(args, page, {
    schema: () => immediateDangerSchema,
    save: (answers, immediateDanger) => ({ ...answers, immediateDanger }),
  });
}

export default function ImmediateDanger() {
  const { back, defaultValue } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "immediate-danger",
    schema: immediateDangerSchema,
    lastResult: useActionData<typeof action>(),
    defaultValue,
    fieldOrder: immediateDangerFields,
    titleKey: "contactJourney.immediateDanger.title",
  });
  return (
    <JourneyPage back={back}>
      <FormErrorSummary form={form} />
      <ImmediateDangerForm form={form} />
    </JourneyPage>
  );
}
