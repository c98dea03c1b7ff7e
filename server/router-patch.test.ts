import { createRequire } from "node:module";
import type { AgnosticRouteObject, matchRoutes as MatchRoutes } from "@remix-run/router";
import { describe, expect, it } from "vitest";

/**
 * Remix matches a request's path against the route tree four times per
 * request, and each time @remix-run/router flattened and ranked the whole tree
 * and compiled every route it tried into a new RegExp: 7% of a MASH queue
 * page's CPU under load; then it tried every branch in turn, segment by
 * segment, though most fail on their first. patches/@remix-run+router keeps
 * each tree's ranked branches and each pattern's RegExp, and passes over a
 * branch whose first segment is plain text unlike the path's, applied by
 * `npm install`'s postinstall (patch-package). The server loads the package's CommonJS build, so that is
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

/** Counts the regular expressions made from here on, by standing in for the global RegExp. */
function countingRegExps(): { count: () => number; restore: () => void } {
  const original = globalThis.RegExp;
  let made = 0;
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string, string?]) {
      made += 1;
      return new target(...args);
    },
  });
  return { count: () => made, restore: () => (globalThis.RegExp = original) };
}

/** Counts the paths tested against a route's pattern from here on (matchPath uses `String.prototype.match`). */
function countingPatternTests(): { count: () => number; restore: () => void } {
  const original = String.prototype.match;
  let tested = 0;
  String.prototype.match = function (this: string, matcher: RegExp) {
    tested += 1;
    return original.call(this, matcher);
  } as typeof original;
  return { count: () => tested, restore: () => (String.prototype.match = original) };
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

  it("compiles each route's pattern once, however many requests match against it", () => {
    // Paths no other test matches against, as compiled patterns are kept for the life of the process.
    const routes: AgnosticRouteObject[] = [{ id: "plans", path: "/early-help/plans/:planId" }];
    const compiled = countingRegExps();
    try {
      matchRoutes(routes, "/early-help/plans/123");
      const first = compiled.count();
      expect(first).toBeGreaterThan(0);
      for (let request = 0; request < 5; request += 1) matchRoutes([...routes], "/early-help/plans/123");
      expect(compiled.count()).toBe(first);
    } finally {
      compiled.restore();
    }
  });

  it("tries only the branches whose first segment can match the path's", () => {
    const sections = Array.from({ length: 30 }, (_, index) => ({
      id: `section-${index}`,
      path: `section-${index}/:id`,
    }));
    const routes: AgnosticRouteObject[] = [
      { id: "root", path: "", children: [...sections, { id: "account", path: "account" }] },
    ];
    const tried = countingPatternTests();
    try {
      expect(matchRoutes(routes, "/Account/")?.at(-1)?.route.id).toBe("account");
      // The layout's own segment and the account page's: none of the thirty sections.
      expect(tried.count()).toBeLessThanOrEqual(4);
    } finally {
      tried.restore();
    }
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
