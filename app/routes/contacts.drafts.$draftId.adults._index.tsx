import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AddAnotherPage } from "~/components/contact/add-another-page";
import { adultName } from "~/components/contact/answers-summary";
import type { QuestionPageRef } from "~/domain/contact/journey";
import { addAnotherAdultSchema } from "~/forms/contact/add-another";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { backPath, requireDraftPage, saveDraftPageAction } from "~/route-support/draft-page.server";
import { entryLinks } from "~/route-support/entry-page.server";

export const handle = { titleKey: "contactJourney.adults.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.adults.title") }];

const page: QuestionPageRef = { page: "adults" };

export async function loader(args: LoaderFunctionArgs) {
  const { draft, returnTo } = await requireDraftPage(args, page);
  const { adults } = draft.answers;
  return {
    back: backPath(draft.id, returnTo),
    adults,
    links: entryLinks(draft.id, "adult", adults.length, returnTo),
  };
}

export function action(args: ActionFunctionArgs) {
  return saveDraftPageAction(args, page, {
    schema: () => addAnotherAdultSchema,
    save: (answers, addAnotherAdult) => ({ ...answers, addAnotherAdult }),
  });
}

/** The household and other adults who matter: a "no" here with none added is an answer, not a gap. */
export default function Adults() {
  const t = useT();
  const { back, adults, links } = useLoaderData<typeof loader>();
  return (
    <AddAnotherPage
      kind="adult"
      back={back}
      lastResult={useActionData<typeof action>()}
      intro={
        <>
          <p className="govuk-body">{t("contactJourney.adults.intro")}</p>
          {adults.length === 0 ? <p className="govuk-body">{t("contactJourney.adults.none")}</p> : null}
        </>
      }
      entries={adults.map((adult, index) => ({
        title: t("contactJourney.summary.adultCard", { number: index + 1 }),
        name: adultName(adult),
        rows: [
          { key: t("contactJourney.summary.name"), value: adultName(adult) },
          { key: t("contactJourney.summary.relationship"), value: adult.relationship },
        ],
        ...links[index]!,
      }))}
      question={{
        legend: t(adults.length === 0 ? "contactJourney.adults.addFirst" : "contactJourney.adults.addAnother"),
      }}
    />
  );
}
