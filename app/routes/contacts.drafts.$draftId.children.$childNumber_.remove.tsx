import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { childName } from "~/components/contact/answers-summary";
import { RemoveEntryPage } from "~/components/contact/remove-entry-page";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { removeEntryAction, removeEntryLoader } from "~/route-support/remove-entry.server";

export const handle = { titleKey: "contactJourney.removeChild.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.removeChild.title") }];

export function loader(args: LoaderFunctionArgs) {
  return removeEntryLoader(args, "child", args.params.childNumber);
}

export function action(args: ActionFunctionArgs) {
  return removeEntryAction(args, "child", args.params.childNumber);
}

export default function RemoveChild() {
  const t = useT();
  const { listPath, child } = useLoaderData<typeof loader>();
  return (
    <RemoveEntryPage
      kind="child"
      name={child ? childName(t, child) : ""}
      back={listPath}
      lastResult={useActionData<typeof action>()}
    />
  );
}
