import path from "node:path";
import { UNSAFE_flatRoutes as flatRoutes } from "@remix-run/dev";
import type { ActionFunction, LoaderFunction } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { can } from "~/auth/permissions";
import { routeRules, type Access } from "~/auth/route-rules";
import { roles, type Role } from "~/domain/roles";
import {
  createOrganisation,
  createUser,
  signedInCookie,
  testContext,
  testRequest,
  type TestUser,
} from "#tests/support/auth-factories";
import { useTestDatabase } from "#tests/support/test-database";

/**
 * Tries every route in app/routes (as Remix finds them) as someone signed
 * out, as each role, and as a partner of another organisation, and checks the
 * answer against `routeRules`. A route without a rule fails the test.
 */
const { db } = useTestDatabase();

const appDirectory = path.resolve("app");
const manifest = flatRoutes(appDirectory, ["**/*.test.{ts,tsx}", "**/.*"], "routes");
const routes = Object.values(manifest).map((route) => ({
  name: route.id.replace(/^routes\//, ""),
  file: path.join(appDirectory, route.file),
  url: urlOf(route.id),
  hasParams: /[:*]/.test(fullPath(route.id)),
}));

function fullPath(id: string): string {
  const route = manifest[id]!;
  const parent = route.parentId && route.parentId !== "root" ? fullPath(route.parentId) : "";
  return [parent, route.path].filter(Boolean).join("/");
}

/** A real-looking address for the route: every parameter is an id that exists nowhere. */
function urlOf(id: string): string {
  return `/${fullPath(id)}`
    .replace(/:[A-Za-z]+/g, "00000000-0000-4000-8000-000000000000")
    .replace(/\/\*$/, "/no-such-page");
}

type Persona = { label: string; role: Role | null; user?: TestUser };
const personas: Persona[] = [
  { label: "signed out", role: null },
  ...roles.map((role) => ({ label: role, role })),
  { label: "partner of another organisation", role: "partner" },
];

beforeAll(async () => {
  const organisation = await createOrganisation(db());
  const other = await createOrganisation(db());
  for (const persona of personas) {
    if (!persona.role) continue;
    const organisationId = persona.label === "partner of another organisation" ? other.id : organisation.id;
    persona.user = await createUser(db(), { role: persona.role, organisationId });
  }
});

function allowed(access: Access, persona: Persona): boolean {
  if (access === "anyone") return true;
  if (access === "nobody") return false;
  if (!persona.user) return false;
  if (access === "signedIn") return true;
  if ("anyOf" in access) return access.anyOf.some((action) => can(persona.user!, action));
  return can(persona.user, access.action) && !access.alsoDenied?.includes(persona.user.role);
}

type Outcome = { status: number; location: string | null };

async function call(handler: LoaderFunction | ActionFunction, url: string, persona: Persona, method: string) {
  const cookie = persona.user ? await signedInCookie(db(), persona.user) : undefined;
  const request = testRequest(url, { cookie, method, form: method === "POST" ? {} : undefined });
  try {
    const result = await handler({ request, params: paramsOf(url), context: testContext });
    return result instanceof Response ? outcomeOf(result) : { status: 200, location: null };
  } catch (thrown) {
    if (thrown instanceof Response) return outcomeOf(thrown);
    throw thrown;
  }
}

function outcomeOf(response: Response): Outcome {
  return { status: response.status, location: response.headers.get("location") };
}

function paramsOf(url: string): Record<string, string> {
  // Every parameter gets the same made-up id; the loaders only need it to be there.
  return new Proxy({}, { get: () => url.match(/0{8}-0{4}-4000-8000-0{12}/)?.[0] ?? "no-such-page" });
}

const sentToSignIn = (outcome: Outcome) =>
  outcome.status === 302 && !!outcome.location?.startsWith("/sign-in?redirectTo=");

function describeOutcome(outcome: Outcome) {
  return outcome.location ? `${outcome.status} → ${outcome.location}` : String(outcome.status);
}

describe("every route has a rule", () => {
  it("finds the app's routes", () => {
    expect(routes.length).toBeGreaterThan(10);
  });

  it.each(routes.map((route) => [route.name]))("%s has a row in app/auth/route-rules.ts", (name) => {
    expect(routeRules[name], `add "${name}" to routeRules in app/auth/route-rules.ts`).toBeDefined();
  });

  it("has no rule for a route that no longer exists", () => {
    const names = new Set(routes.map((route) => route.name));
    expect(Object.keys(routeRules).filter((name) => !names.has(name))).toEqual([]);
  });
});

describe.each(routes.filter((route) => routeRules[route.name]))("$name ($url)", (route) => {
  it.each(personas.map((persona) => [persona.label, persona]))("as %s", async (_label, persona) => {
    const rule = routeRules[route.name]!;
    const module = (await import(/* @vite-ignore */ route.file)) as {
      loader?: LoaderFunction;
      action?: ActionFunction;
    };
    const checks: {
      method: string;
      handler: LoaderFunction | ActionFunction | undefined;
      access: Access | undefined;
    }[] = [
      { method: "GET", handler: module.loader, access: rule.get },
      { method: "POST", handler: module.action, access: rule.post },
    ];
    for (const { method, handler, access } of checks) {
      if (!handler) {
        if (method === "GET") expect(access, "a route without a loader can only be open to anyone").toBe("anyone");
        else expect(access, "the rule gives a POST rule but the route has no action").toBeUndefined();
        continue;
      }
      expect(access, `${route.name} has an action: give its rule a post entry`).toBeDefined();
      const outcome = await call(handler, route.url, persona, method);
      const what = `${method} ${route.url} as ${persona.label}: ${describeOutcome(outcome)}`;
      if (allowed(access!, persona)) {
        expect(outcome.status, what).not.toBe(403);
        expect(sentToSignIn(outcome), what).toBe(false);
        if (!route.hasParams) expect(outcome.status, what).not.toBe(404);
      } else if (access === "nobody") {
        expect(outcome.status, what).toBe(403);
      } else if (!persona.user) {
        expect(sentToSignIn(outcome), what).toBe(true);
      } else {
        const deniedWithNotFound =
          typeof access === "object" && "action" in access && access.alsoDenied?.includes(persona.user.role);
        expect(outcome.status, what).toBe(deniedWithNotFound ? 404 : 403);
      }
    }
  });
});
