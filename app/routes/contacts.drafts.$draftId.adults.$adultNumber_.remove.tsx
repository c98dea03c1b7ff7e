import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { adultName } from "~/components/contact/answers-summary";
import { RemoveEntryPage } from "~/components/contact/remove-entry-page";
import { pageTitle } from "~/i18n/page-title";
import { removeEntryAction, removeEntryLoader } from "~/route-support/remove-entry.server";

export const handle = { titleKey: "contactJourney.removeAdult.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.removeAdult.title") }];

export function loader(args: LoaderFunctionArgs) {
  return removeEntryLoader(args, "adult", args.params.adultNumber);
}

export function action(args: ActionFunctionArgs) {
  return removeEntryAction(args, "adult", args.params.adultNumber);
}

export default function RemoveAdult() {
  const { listPath, adult } = useLoaderData<typeof loader>();
  return (
    <RemoveEntryPage
      kind="adult"
      name={adult ? adultName(adult) : ""}
      back={listPath}
      lastResult={useActionData<typeof action>()}
    />
  );
}
