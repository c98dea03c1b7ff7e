import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { StartButton } from "~/components/govuk/button";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";

export function loader({ request }: LoaderFunctionArgs) {
  return { timedOut: new URL(request.url).searchParams.get("timedOut") === "true" };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.timedOut ? "auth.signedOut.timedOut.title" : "auth.signedOut.title") },
];

export default function SignedOut() {
  const t = useT();
  const { timedOut } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t(timedOut ? "auth.signedOut.timedOut.title" : "auth.signedOut.title")}</h1>
        <p className="govuk-body">{t(timedOut ? "auth.signedOut.timedOut.body" : "auth.signedOut.body")}</p>
        <StartButton to="/sign-in">{t("auth.signedOut.signIn")}</StartButton>
      </div>
    </div>
  );
}
