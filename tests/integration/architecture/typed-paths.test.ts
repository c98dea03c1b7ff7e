import path from "node:path";
import { UNSAFE_flatRoutes as flatRoutes } from "@remix-run/dev";
import { describe, expect, it } from "vitest";
import type { QuestionPageRef } from "~/domain/contact/journey";
import { earlyHelpPaths } from "~/early-help-paths";
import { mashPaths } from "~/mash-paths";
import { paths } from "~/paths";
import { referralPaths } from "~/referral-paths";

/**
 * Every typed path builder must lead to a route Remix knows: a renamed route
 * file, or a builder with a typo, fails here rather than as a 404 in use.
 */
const manifest = flatRoutes(path.resolve("app"), ["**/*.test.{ts,tsx}", "**/.*"], "routes");

function fullPath(id: string): string {
  const route = manifest[id]!;
  const parent = route.parentId && route.parentId !== "root" ? fullPath(route.parentId) : "";
  return [parent, route.path].filter(Boolean).join("/");
}

/** Each route's address as a pattern: a `:param` is one segment, a splat anything. */
const routePatterns = Object.keys(manifest).map((id) => {
  const pattern = `/${fullPath(id)}`
    .replace(/\/$/, "")
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/]+" : segment === "*" ? ".*" : segment.replace(/[.$]/g, "\\$&")))
    .join("/");
  return { id, pattern: new RegExp(`^${pattern || "/"}$`) };
});

/** The route an address reaches, leaving out the splat (404) route that takes anything. */
function routeFor(address: string): string | undefined {
  const pathname = new URL(address, "http://localhost").pathname;
  return routePatterns.find(({ id, pattern }) => id !== "routes/$" && pattern.test(pathname))?.id;
}

const id = "0b8e3f0e-6a52-4a8e-9d1b-2f4f5d6c7a80";
const reference = "NM-2026-00001";

/** Every question page of the contact journey, named once: a page added to the type must be added here. */
const journeyPages: Record<Exclude<QuestionPageRef["page"], "child" | "adult">, true> = {
  intake: true,
  "immediate-danger": true,
  "emergency-calls": true,
  referrer: true,
  children: true,
  adults: true,
  descriptors: true,
  concern: true,
  level: true,
  consent: true,
  "check-answers": true,
};

/** Builders that take more than ids: their addresses, written out. */
const special: Record<string, string[]> = {
  "paths.draftPage": [
    paths.draftPage(id, { page: "task-list" }),
    paths.draftPage(id, { page: "child", index: 0 }),
    paths.draftPage(id, { page: "adult", index: 1 }),
    ...Object.keys(journeyPages).map((page) => paths.draftPage(id, { page } as QuestionPageRef)),
  ],
  "paths.removeFromDraft": [
    paths.removeFromDraft(id, { page: "child", index: 0 }),
    paths.removeFromDraft(id, { page: "adult", index: 0 }),
  ],
};

type Builder = (...args: string[]) => string;
const builders = Object.entries({ paths, mashPaths, earlyHelpPaths, referralPaths }).flatMap(([module, entries]) =>
  Object.entries(entries as Record<string, Builder>).map(([name, build]) => ({ name: `${module}.${name}`, build })),
);

/** A builder's addresses: its special cases, or called with an id (a reference for a contact) for each argument. */
function addressesOf({ name, build }: { name: string; build: Builder }): string[] {
  if (special[name]) return special[name];
  const args = Array.from({ length: build.length }, () => (/contact|reference/i.test(name) ? reference : id));
  return [build(...args)];
}

describe("typed paths", () => {
  it.each(builders.map((builder) => [builder.name, builder] as const))("%s leads to a route", (_name, builder) => {
    for (const address of addressesOf(builder))
      expect({ address, route: routeFor(address) }).toEqual({ address, route: expect.any(String) });
  });

  it("finds no route for an address no route takes", () => {
    expect(routeFor("/mash/contacts")).toBeUndefined();
    expect(routeFor(`/early-help/plans/${id}/no-such-page`)).toBeUndefined();
  });
});
