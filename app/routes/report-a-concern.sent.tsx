import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Panel } from "~/components/govuk/panel";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";

export const handle = { titleKey: "publicConcern.sent.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("publicConcern.sent.title") }];

/** Shows back only the reference in the address, and only if it looks like one: nothing is read from the database. */
export function loader({ request }: LoaderFunctionArgs) {
  const reference = new URL(request.url).searchParams.get("reference");
  return { reference: reference && /^FD-\d{6,}$/.test(reference) ? reference : null };
}

export default function ConcernSent() {
  const t = useT();
  const { reference } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={t("publicConcern.sent.title")}>
          {reference ? (
            <>
              {t("publicConcern.sent.reference")}
              <br />
              <strong>{reference}</strong>
            </>
          ) : null}
        </Panel>
        {reference ? <p className="govuk-body">{t("publicConcern.sent.keep")}</p> : null}
        <p className="govuk-body">{t("publicConcern.sent.body")}</p>
      </div>
    </div>
  );
}
