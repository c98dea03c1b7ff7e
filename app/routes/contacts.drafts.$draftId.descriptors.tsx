import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { DescriptorPicker } from "~/components/contact/descriptor-picker";
import { JourneyCaption, JourneyPage } from "~/components/contact/journey-page";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import type { QuestionPageRef } from "~/domain/contact/journey";
import { descriptorsSchema } from "~/forms/contact/descriptors";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { backPath, requireDraftPage, saveDraftPageAction } from "~/route-support/draft-page.server";

export const handle = { titleKey: "contactJourney.descriptors.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.descriptors.title") }];

const page: QuestionPageRef = { page: "descriptors" };

function idList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

export async function loader(args: LoaderFunctionArgs) {
  const { draft, returnTo, unsavedInput } = await requireDraftPage(args, page);
  const search = new URL(args.request.url).searchParams;
  // A search sent without JavaScript carries the ticks made so far in the address, so searching never loses them.
  const intent = search.get("intent");
  const searched = intent === "search" || intent === "clear-search";
  const selected = searched
    ? search.getAll("descriptorIds")
    : unsavedInput
      ? idList(unsavedInput.descriptorIds)
      : (draft.answers.descriptors?.descriptorIds ?? []);
  return {
    back: backPath(draft.id, returnTo),
    returnTo,
    document: draft.context.document,
    query: intent === "clear-search" ? "" : (search.get("q") ?? ""),
    selected,
  };
}

export function action(args: ActionFunctionArgs) {
  return saveDraftPageAction(args, page, {
    schema: (draft) => descriptorsSchema(draft.context.document),
    save: (answers, descriptors) => ({ ...answers, descriptors }),
  });
}

export default function Descriptors() {
  const t = useT();
  const { back, returnTo, document, query, selected } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "descriptors",
    schema: descriptorsSchema(document),
    lastResult: useActionData<typeof action>(),
    defaultValue: { descriptorIds: selected, q: query },
    fieldOrder: ["descriptorIds"],
    titleKey: "contactJourney.descriptors.title",
  });
  return (
    <JourneyPage back={back}>
      <FormErrorSummary form={form} />
      <JourneyCaption />
      <h1 className="govuk-heading-l">{t("contactJourney.descriptors.title")}</h1>
      <p className="govuk-body">{t("contactJourney.descriptors.hint")}</p>
      <GovukFormLayout form={form} submitText={t("common.saveAndContinue")} saveAndReturn>
        {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
        <DescriptorPicker
          key={`${query}|${selected.join(",")}`}
          form={form}
          document={document}
          initialQuery={form.value("q") ?? ""}
          initialSelected={form.values("descriptorIds")}
        />
      </GovukFormLayout>
    </JourneyPage>
  );
}
