import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AddAnotherPage } from "~/components/contact/add-another-page";
import { childName, childRows } from "~/components/contact/answers-summary";
import type { QuestionPageRef } from "~/domain/contact/journey";
import { addAnotherChildSchema } from "~/forms/contact/add-another";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { backPath, requireDraftPage, saveDraftPageAction } from "~/route-support/draft-page.server";
import { entryLinks } from "~/route-support/entry-page.server";

export const handle = { titleKey: "contactJourney.children.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.children.title") }];

const page: QuestionPageRef = { page: "children" };

export async function loader(args: LoaderFunctionArgs) {
  const { draft, returnTo } = await requireDraftPage(args, page);
  const { children } = draft.answers;
  return {
    back: backPath(draft.id, returnTo),
    children,
    links: entryLinks(draft.id, "child", children.length, returnTo),
  };
}

export function action(args: ActionFunctionArgs) {
  return saveDraftPageAction(args, page, {
    schema: () => addAnotherChildSchema,
    save: (answers, addAnotherChild) => ({ ...answers, addAnotherChild }),
  });
}

/** The children so far, then whether there is another. */
export default function Children() {
  const t = useT();
  const { back, children, links } = useLoaderData<typeof loader>();
  return (
    <AddAnotherPage
      kind="child"
      back={back}
      lastResult={useActionData<typeof action>()}
      entries={children.map((child, index) => ({
        title: t("contactJourney.summary.childCard", { number: index + 1 }),
        name: childName(t, child),
        rows: childRows(t, child).slice(0, 2),
        ...links[index]!,
      }))}
      question={{
        legend: t("contactJourney.children.addAnother"),
        hint: t("contactJourney.children.addAnother.hint"),
      }}
    />
  );
}
