import { Form, Link } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import { PhaseBanner } from "./phase-banner";
import { paths } from "~/paths";

export interface NavigationItem {
  href: string;
  text: string;
  current: boolean;
}

/**
 * A council's service is not GOV.UK, so it uses the generic header (no crown)
 * with the council's name, and the service navigation for the service name and menu.
 */
export interface SignedInUser {
  name: string;
  organisationName: string;
}

export function Header({ navigation, user }: { navigation: NavigationItem[]; user: SignedInUser | null }) {
  const t = useT();
  return (
    <header className="govuk-template__header">
      <div className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <Link to={paths.home()} className="govuk-generic-header__homepage-link">
              {t("service.council")}
            </Link>
          </div>
        </div>
      </div>
      <section
        // GOV.UK Frontend starts the menu once per element. Signing in or out changes the menu's items,
        // so a new element is drawn for each set of items and started afresh: otherwise React keeps the
        // started element but hides its toggle again, and on a phone the menu is open with no way to close it.
        key={navigation.map((item) => item.href).join(" ")}
        aria-label={t("service.name")}
        className="govuk-service-navigation"
        data-module="govuk-service-navigation"
      >
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link to={paths.home()} className="govuk-service-navigation__link">
                {t("service.name")}
              </Link>
            </span>
            {navigation.length > 0 ? (
              <nav aria-label={t("layout.navigation")} className="govuk-service-navigation__wrapper">
                <button
                  type="button"
                  className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                  aria-controls="navigation"
                  hidden
                  aria-hidden="true"
                >
                  {t("layout.navigation")}
                </button>
                <ul className="govuk-service-navigation__list" id="navigation">
                  {navigation.map((item) => (
                    <li
                      key={item.href}
                      className={`govuk-service-navigation__item${item.current ? " govuk-service-navigation__item--active" : ""}`}
                    >
                      <Link
                        className="govuk-service-navigation__link"
                        to={item.href}
                        aria-current={item.current ? "page" : undefined}
                      >
                        {item.current ? (
                          <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                        ) : (
                          item.text
                        )}
                      </Link>
                    </li>
                  ))}
                  {user ? (
                    <li className="govuk-service-navigation__item">
                      <Form method="post" action={paths.signOut()} className="app-sign-out">
                        <button type="submit" className="govuk-service-navigation__link app-sign-out__button">
                          {t("nav.signOut")}
                        </button>
                      </Form>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
          </div>
        </div>
      </section>
      <div className="govuk-width-container">
        <PhaseBanner />
        {user ? (
          <p className="govuk-body-s app-signed-in-as">
            {t("nav.signedInAs", { name: user.name, organisation: user.organisationName })}
          </p>
        ) : null}
      </div>
    </header>
  );
}
