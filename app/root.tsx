import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useContext, useEffect, type ReactNode } from "react";
import { UNSAFE_DataRouterStateContext } from "react-router-dom";
import govukStyles from "govuk-frontend/dist/govuk/govuk-frontend.min.css?url";
import appStyles from "~/styles/app.css?url";
import { permissionDeniedBody } from "~/auth/permissions";
import { Footer } from "~/components/layout/footer";
import { Header } from "~/components/layout/header";
import { useServiceNavigation } from "~/components/layout/navigation";
import { TimeoutWarning } from "~/components/auth/timeout-warning";
import { createTranslator, type MessageKey } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { useNonce } from "~/nonce";
import { rootData, type RootData } from "~/services/root.server";

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

/**
 * GOV.UK pages whose form came back with errors start their title with
 * "Error: ". `meta` cannot see action data, so a page names its title key in
 * its `handle` and the layout writes the title itself while the page's last
 * submission (Conform's reply) has errors.
 */
function useErrorPageTitle(): string | null {
  const routerState = useContext(UNSAFE_DataRouterStateContext);
  const leaf = useMatches().at(-1);
  const actionData = leaf ? (routerState?.actionData?.[leaf.id] as { status?: string } | undefined) : undefined;
  const titleKey = (leaf?.handle as { titleKey?: MessageKey } | undefined)?.titleKey;
  return actionData?.status === "error" && titleKey ? pageTitle(titleKey, { hasErrors: true }) : null;
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const t = useT();
  const navigation = useServiceNavigation();
  const location = useLocation();
  const root = useRouteLoaderData<RootData>("root");
  const errorTitle = useErrorPageTitle();
  useEffect(() => {
    void import("~/govuk-frontend.client").then(({ startGovukFrontend }) => startGovukFrontend());
  }, [location.key]);
  return (
    <html lang="en" className="govuk-template govuk-template--rebranded">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#1d70b8" />
        {errorTitle ? <title>{errorTitle}</title> : <Meta />}
        <Links />
      </head>
      <body className="govuk-template__body" suppressHydrationWarning>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: bodyClassScript }} />
        <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
          {t("layout.skipLink")}
        </a>
        <Header navigation={navigation} user={root?.user ?? null} />
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <Footer />
        {root?.session ? <TimeoutWarning {...root.session} /> : null}
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
    const permissionDenied = error.data === permissionDeniedBody;
    return (
      <ErrorPage title={t("error.forbidden.title")}>
        <p className="govuk-body">{t(permissionDenied ? "error.permission.body" : "error.forbidden.body")}</p>
      </ErrorPage>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 413) {
    return (
      <ErrorPage title={t("error.tooLarge.title")}>
        <p className="govuk-body">{t("error.tooLarge.body")}</p>
      </ErrorPage>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 400) {
    return (
      <ErrorPage title={t("error.badRequest.title")}>
        <p className="govuk-body">{t("error.badRequest.body")}</p>
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
