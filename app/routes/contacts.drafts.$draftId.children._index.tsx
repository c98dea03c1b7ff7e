import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { childName, childRows } from "~/components/contact/answers-summary";
import { JourneyCaption, JourneyPage } from "~/components/contact/journey-page";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { Radios } from "~/components/govuk/choices";
import { SummaryCard, SummaryList } from "~/components/govuk/summary-list";
import type { QuestionPageRef } from "~/domain/contact/journey";
import { addAnotherChildSchema } from "~/forms/contact/add-another";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { paths } from "~/paths";
import { backPath, requireDraftPage, saveDraftPageAction } from "~/route-support/draft-page.server";

export const handle = { titleKey: "contactJourney.children.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.children.title") }];

const page: QuestionPageRef = { page: "children" };

export async function loader(args: LoaderFunctionArgs) {
  const { draft, returnTo } = await requireDraftPage(args, page);
  return {
    back: backPath(draft.id, returnTo),
    children: draft.answers.children,
    childHrefs: draft.answers.children.map((_child, index) =>
      paths.draftPage(draft.id, { page: "child", index }, { returnTo }),
    ),
    removeHrefs: draft.answers.children.map((_child, index) =>
      paths.removeFromDraft(draft.id, { page: "child", index }),
    ),
  };
}

export function action(args: ActionFunctionArgs) {
  return saveDraftPageAction(args, page, {
    schema: () => addAnotherChildSchema,
    save: (answers, addAnotherChild) => ({ ...answers, addAnotherChild }),
  });
}

/** GOV.UK's "add another" pattern: the children so far, then whether there is another. */
export default function Children() {
  const t = useT();
  const { back, children, childHrefs, removeHrefs } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "add-another-child",
    schema: addAnotherChildSchema,
    lastResult: useActionData<typeof action>(),
    fieldOrder: ["addAnother"],
    titleKey: "contactJourney.children.title",
  });
  return (
    <JourneyPage back={back}>
      <FormErrorSummary form={form} />
      <JourneyCaption />
      <h1 className="govuk-heading-l">{t("contactJourney.children.title")}</h1>
      {children.map((child, index) => (
        <SummaryCard
          key={index}
          title={t("contactJourney.summary.childCard", { number: index + 1 })}
          actions={[
            <Link key="change" className="govuk-link" to={childHrefs[index]!}>
              {t("common.change")}
              <span className="govuk-visually-hidden"> {childName(t, child)}</span>
            </Link>,
            <Link key="remove" className="govuk-link" to={removeHrefs[index]!}>
              {t("contactJourney.remove")}
              <span className="govuk-visually-hidden"> {childName(t, child)}</span>
            </Link>,
          ]}
        >
          <SummaryList rows={childRows(t, child).slice(0, 2)} />
        </SummaryCard>
      ))}
      <GovukFormLayout form={form} submitText={t("common.continue")}>
        <Radios
          legend={t("contactJourney.children.addAnother")}
          hint={t("contactJourney.children.addAnother.hint")}
          inline
          {...form.choice("addAnother")}
          items={[
            { value: "yes", label: t("common.yes") },
            { value: "no", label: t("common.no") },
          ]}
        />
      </GovukFormLayout>
    </JourneyPage>
  );
}
