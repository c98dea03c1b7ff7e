import type { MetaFunction } from "@remix-run/node";
import { council } from "~/council";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = () => [{ title: pageTitle("privacy.title") }];

const sections = [
  ["privacy.what.heading", "privacy.what.body"],
  ["privacy.why.heading", "privacy.why.body"],
  ["privacy.who.heading", "privacy.who.body"],
  ["privacy.keep.heading", "privacy.keep.body"],
  ["privacy.rights.heading", "privacy.rights.body"],
] as const;

export default function PrivacyNotice() {
  const t = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("privacy.title")}</h1>
        <p className="govuk-body">{t("privacy.intro", { council: council.name })}</p>
        {sections.map(([heading, body]) => (
          <section key={heading}>
            <h2 className="govuk-heading-m">{t(heading)}</h2>
            <p className="govuk-body">{t(body, { council: council.name })}</p>
          </section>
        ))}
      </div>
    </div>
  );
}
