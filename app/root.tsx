import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import govukStyles from "govuk-frontend/dist/govuk/govuk-frontend.min.css?url";
import appStyles from "~/styles/app.css?url";
import { Footer } from "~/components/layout/footer";
import { Header } from "~/components/layout/header";
import { useServiceNavigation } from "~/components/layout/navigation";
import { createTranslator } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";
import { useNonce } from "~/nonce";
import { rootData } from "~/services/root.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: govukStyles },
  { rel: "stylesheet", href: appStyles },
  { rel: "icon", href: "/assets/images/favicon.ico", sizes: "48x48" },
  { rel: "icon", href: "/assets/images/favicon.svg", sizes: "any", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: createTranslator("en")("service.name") }];

export async function loader({ request }: LoaderFunctionArgs) {
  return rootData(request);
}

// Runs before React so that GOV.UK's JavaScript-only styles apply from the first paint.
const bodyClassScript =
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const t = useT();
  const navigation = useServiceNavigation();
  const location = useLocation();
  useEffect(() => {
    void import("~/govuk-frontend.client").then(({ startGovukFrontend }) => startGovukFrontend());
  }, [location.key]);
  return (
    <html lang="en" className="govuk-template govuk-template--rebranded">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#1d70b8" />
        <Meta />
        <Links />
      </head>
      <body className="govuk-template__body" suppressHydrationWarning>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: bodyClassScript }} />
        <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
          {t("layout.skipLink")}
        </a>
        <Header navigation={navigation} />
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <Footer />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <ErrorPage title={t("error.notFound.title")}>
        <p className="govuk-body">{t("error.notFound.body")}</p>
        <p className="govuk-body">{t("error.notFound.body2")}</p>
      </ErrorPage>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 403) {
    return (
      <ErrorPage title={t("error.forbidden.title")}>
        <p className="govuk-body">{t("error.forbidden.body")}</p>
      </ErrorPage>
    );
  }
  return (
    <ErrorPage title={t("error.server.title")}>
      <p className="govuk-body">{t("error.server.body")}</p>
    </ErrorPage>
  );
}

function ErrorPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${title} – ${createTranslator("en")("service.name")}`}</title>
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
      </div>
    </div>
  );
}
