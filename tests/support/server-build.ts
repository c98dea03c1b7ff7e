import type { ServerBuild } from "@remix-run/node";

interface BuildRoute {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  /** What the route's file exports: a `loader`, an `action`, a component. */
  module: object;
}

/**
 * The least of a Remix build that the server's own handler (server/remix-handler.ts) serves: these routes, and an
 * entry module whose `draw` answers every page, for tests that exercise the handler without building the app.
 */
export function serverBuildOf(
  routes: Record<string, BuildRoute>,
  draw: () => Response = () => new Response("not rendered"),
): ServerBuild {
  return {
    mode: "production",
    entry: { module: { default: draw } },
    routes,
    assets: { entry: { module: "", imports: [] }, routes: {}, url: "", version: "" },
    publicPath: "/",
    assetsBuildDirectory: "",
    future: { v3_singleFetch: true },
    isSpaMode: false,
    basename: "/",
  } as unknown as ServerBuild;
}
