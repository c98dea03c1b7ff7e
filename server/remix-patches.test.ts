import { createRequire } from "node:module";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

/**
 * Every page Remix draws on the server used to rebuild, from objects that never
 * change within a build, the app's whole route tree three times: the route
 * modules (@remix-run/server-runtime), the tree RemixServer renders
 * (@remix-run/react) and the static router's data routes (react-router-dom),
 * which then had to be flattened and ranked afresh to match against. With a
 * hundred routes that was about a fifth of the account page's CPU. And it made
 * two new Requests for each loader, to strip parameters a page's address seldom
 * has. The patches in patches/ keep each per build, and pass the request on
 * when there is nothing to strip. The server loads each package's CommonJS
 * build, so those are the ones exercised here.
 */
const require = createRequire(import.meta.url);

interface RouteModules {
  [routeId: string]: { default: () => unknown };
}
const { createEntryRouteModules } = require("@remix-run/server-runtime/dist/entry.js") as {
  createEntryRouteModules: (routes: Record<string, { module: RouteModules[string] }>) => RouteModules;
};
const remixRoutes = require("@remix-run/react/dist/routes.js") as {
  createServerRoutes: (...args: unknown[]) => unknown;
};
const { RemixServer } = require("@remix-run/react/dist/server.js") as { RemixServer: (props: unknown) => unknown };
const { createStaticRouter } = require("react-router-dom/server.js") as {
  createStaticRouter: (routes: unknown[], context: unknown) => { routes: unknown[] };
};
const { Outlet } = require("react-router-dom") as { Outlet: () => unknown };
const { createStaticHandler } = require("@remix-run/router") as {
  createStaticHandler: (routes: unknown[]) => { query: (request: Request) => Promise<unknown> };
};

/** A build with two pages, as the server build describes them. */
function build() {
  const page = (text: string) => ({ default: () => createElement("p", null, text) });
  const routes = {
    root: {
      id: "root",
      path: "",
      module: { default: () => createElement("main", null, createElement(Outlet as never)) },
    },
    "routes/account": { id: "routes/account", parentId: "root", path: "account", module: page("Your account") },
  };
  const manifestRoutes = Object.fromEntries(
    Object.values(routes).map(({ module: _module, ...route }) => [route.id, { ...route, hasLoader: false }]),
  );
  return { routes, manifest: { routes: manifestRoutes, entry: { module: "", imports: [] }, url: "", version: "1" } };
}

/** The same two pages as the router sees them, and what it made of a request for the account page. */
const routeTree = [{ id: "root", path: "", children: [{ id: "routes/account", path: "account" }] }];
const queryAccountPage = () => createStaticHandler(routeTree).query(new Request("http://localhost/account"));

async function renderAccountPage(app: ReturnType<typeof build>, routeModules: RouteModules): Promise<string> {
  const staticHandlerContext = await queryAccountPage();
  const context = {
    manifest: app.manifest,
    routeModules,
    staticHandlerContext,
    serverHandoffString: "{}",
    future: {},
    isSpaMode: false,
    serializeError: (error: Error) => ({ message: error.message }),
  };
  return renderToString(createElement(RemixServer as never, { context, url: "http://localhost/account" }));
}

describe("the route tree a page is drawn with", () => {
  it("collects a build's route modules once", () => {
    const app = build();
    expect(createEntryRouteModules(app.routes)).toBe(createEntryRouteModules(app.routes));
    expect(createEntryRouteModules(build().routes)).not.toBe(createEntryRouteModules(app.routes));
  });

  it("is built once per build, however many pages are drawn, and each page is drawn as before", async () => {
    const app = build();
    const routeModules = createEntryRouteModules(app.routes);
    const original = remixRoutes.createServerRoutes;
    let built = 0;
    remixRoutes.createServerRoutes = (...args: unknown[]) => {
      built += 1;
      return original(...args);
    };
    try {
      for (let page = 0; page < 3; page += 1) {
        expect(await renderAccountPage(app, routeModules)).toContain("<p>Your account</p>");
      }
      // The first page built the tree (a call for each level of it); the pages after it built nothing.
      const perBuild = built;
      await renderAccountPage(app, routeModules);
      expect(built).toBe(perBuild);
      // A new build (a reload in development) brings its own tree.
      const rebuilt = build();
      await renderAccountPage(rebuilt, createEntryRouteModules(rebuilt.routes));
      expect(built).toBe(perBuild * 2);
    } finally {
      remixRoutes.createServerRoutes = original;
    }
  });

  it("gives the static router the same data routes for the same tree, so they are ranked once", async () => {
    const context = await queryAccountPage();
    expect(createStaticRouter(routeTree, context).routes).toBe(createStaticRouter(routeTree, context).routes);
    expect(createStaticRouter([...routeTree], context).routes).not.toBe(createStaticRouter(routeTree, context).routes);
  });
});

describe("the request a loader is given", () => {
  const { callRouteLoader } = require("@remix-run/server-runtime/dist/data.js") as {
    callRouteLoader: (args: {
      loader: (args: { request: Request }) => unknown;
      request: Request;
      params: object;
      routeId: string;
      singleFetch: boolean;
    }) => Promise<unknown>;
  };
  const given = async (request: Request) => {
    let received: Request | undefined;
    const loader = ({ request }: { request: Request }) => {
      received = request;
      return null;
    };
    await callRouteLoader({ loader, request, params: {}, routeId: "routes/account", singleFetch: true });
    return received!;
  };

  it("is the page's own request when there is nothing to strip from its address", async () => {
    const request = new Request("http://localhost/mash?page=2");
    expect(await given(request)).toBe(request);
  });

  it("still loses Remix's own parameters, and keeps the rest", async () => {
    const received = await given(new Request("http://localhost/mash.data?_routes=routes%2Fmash&index&page=2"));
    expect(new URL(received.url).search).toBe("?page=2");
  });
});
