import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { StartButton } from "~/components/govuk/button";
import { WarningText } from "~/components/govuk/warning-text";
import { council } from "~/council";
import { pageTitle } from "~/i18n/page-title";
import { paths } from "~/paths";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = () => [{ title: pageTitle("home.title") }];

const mashPhone = council.mashPhone;

export default function Home() {
  const t = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{t("home.title")}</h1>
        <p className="govuk-body-l">{t("home.lead")}</p>
        <WarningText assistiveText={t("home.danger.assistive")}>{t("home.danger", { phone: mashPhone })}</WarningText>
        <h2 className="govuk-heading-m">{t("home.use.heading")}</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t("home.use.contact")}</li>
          <li>{t("home.use.feedback")}</li>
          <li>{t("home.use.earlyHelp")}</li>
        </ul>
        <StartButton to="/sign-in">{t("home.start")}</StartButton>
        <h2 className="govuk-heading-m">{t("home.beforeStart")}</h2>
        <p className="govuk-body">{t("home.beforeStartBody")}</p>
        <h2 className="govuk-heading-m">{t("home.whoFor.heading")}</h2>
        <p className="govuk-body">{t("home.whoFor.body")}</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t("home.whoFor.schools")}</li>
          <li>{t("home.whoFor.health")}</li>
          <li>{t("home.whoFor.police")}</li>
          <li>{t("home.whoFor.council")}</li>
        </ul>
        <p className="govuk-body">
          {t("home.public", { phone: mashPhone })}{" "}
          <Link className="govuk-link" to={paths.publicConcern()}>
            {t("home.publicLink")}
          </Link>
          .
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/thresholds">
            {t("home.thresholds")}
          </Link>
        </p>
      </div>
    </div>
  );
}
