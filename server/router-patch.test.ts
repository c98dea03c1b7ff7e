import { createRequire } from "node:module";
import type { AgnosticRouteObject, matchRoutes as MatchRoutes } from "@remix-run/router";
import { describe, expect, it } from "vitest";

/**
 * Remix matches a request's path against the route tree several times per
 * request, and @remix-run/router flattened and ranked the whole tree each
 * time: 7% of a MASH queue page's CPU under load. patches/@remix-run+router
 * keeps each tree's ranked branches, applied by `npm install`'s postinstall
 * (patch-package). The server loads the package's CommonJS build, so that is
 * the one measured here.
 */
const { matchRoutes } = createRequire(import.meta.url)("@remix-run/router") as {
  matchRoutes: typeof MatchRoutes;
};

function countingWalks(routes: AgnosticRouteObject[]): { routes: AgnosticRouteObject[]; walks: () => number } {
  let walks = 0;
  const counted = new Proxy(routes, {
    get(target, property, receiver) {
      if (property === "forEach") walks += 1;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return { routes: counted, walks: () => walks };
}

const tree: AgnosticRouteObject[] = [
  {
    id: "root",
    path: "/",
    children: [
      { id: "queue", path: "mash" },
      { id: "contact", path: "mash/contacts/:reference" },
      { id: "new", path: "mash/contacts/new" },
    ],
  },
];

describe("route matching", () => {
  it("ranks a route tree once, however many requests match against it", () => {
    const { routes, walks } = countingWalks(tree);
    for (let request = 0; request < 5; request += 1) matchRoutes(routes, "/mash");
    expect(walks()).toBe(1);
  });

  it("still prefers a static segment to a parameter, and matches each path as before", () => {
    const { routes } = countingWalks(tree);
    const leaf = (path: string) => matchRoutes(routes, path)?.at(-1)?.route.id;
    expect(leaf("/mash/contacts/new")).toBe("new");
    expect(leaf("/mash/contacts/FD-000123")).toBe("contact");
    expect(matchRoutes(routes, "/mash/contacts/FD-000123")?.at(-1)?.params).toEqual({ reference: "FD-000123" });
    expect(leaf("/mash")).toBe("queue");
    expect(matchRoutes(routes, "/nowhere")).toBeNull();
  });
});
