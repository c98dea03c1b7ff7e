import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { config } from "~/config.server";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = () => [{ title: pageTitle("auth.forgot.sent.title") }];

export function loader() {
  return { minutes: config().PASSWORD_RESET_EXPIRY_MINUTES };
}

export default function CheckEmail() {
  const t = useT();
  const { minutes } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("auth.forgot.sent.title")}</h1>
        <p className="govuk-body">{t("auth.forgot.sent.body", { minutes })}</p>
        <p className="govuk-body">{t("auth.forgot.sent.spam")}</p>
      </div>
    </div>
  );
}
