import { Link } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import { paths } from "~/paths";

export function Footer() {
  const t = useT();
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">{t("layout.footer.heading")}</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to={paths.thresholds()}>
                  {t("layout.footer.thresholds")}
                </Link>
              </li>
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to={paths.accessibility()}>
                  {t("layout.footer.accessibility")}
                </Link>
              </li>
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to={paths.privacy()}>
                  {t("layout.footer.privacy")}
                </Link>
              </li>
            </ul>
            <span className="govuk-footer__licence-description">{t("layout.footer.licence")}</span>
          </div>
        </div>
      </div>
    </footer>
  );
}
