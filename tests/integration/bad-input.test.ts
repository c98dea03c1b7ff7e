import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { UNSAFE_flatRoutes as flatRoutes } from "@remix-run/dev";
import type { ActionFunction, LoaderFunction } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { can } from "~/auth/permissions";
import { routeRules, type Access } from "~/auth/route-rules";
import { roles } from "~/domain/roles";
import { screenRequest } from "../../server/request-guard";
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
 * Every route with an action (as Remix finds them in app/routes, so a new
 * route is tried too) is sent bad input the way the server receives it,
 * through `screenRequest` and then the route: NUL bytes in every field, a
 * JSON body, NUL in the address. Each must be answered with the page's own
 * errors, a redirect or a 4xx, never a 500 (an error the route did not turn
 * into an answer).
 */
const { db } = useTestDatabase();

const appDirectory = path.resolve("app");
const manifest = flatRoutes(appDirectory, ["**/*.test.{ts,tsx}", "**/.*"], "routes");

function fullPath(id: string): string {
  const route = manifest[id]!;
  const parent = route.parentId && route.parentId !== "root" ? fullPath(route.parentId) : "";
  return [parent, route.path].filter(Boolean).join("/");
}

const madeUpId = "00000000-0000-4000-8000-000000000000";
const routes = Object.values(manifest).map((route) => ({
  name: route.id.replace(/^routes\//, ""),
  file: path.join(appDirectory, route.file),
  pattern: `/${fullPath(route.id)}`,
}));

/** Every field name the forms declare, so that each action finds its own fields among them. */
function fieldNames(): string[] {
  const names = new Set(["redirectTo", "intent", "code", "email", "password"]);
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const file = path.join(folder, entry);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry) && !entry.includes(".test.")) {
        for (const match of readFileSync(file, "utf8").matchAll(/\b([a-z][A-Za-z0-9]*): *(?:z\.|[a-zA-Z]+\()/g)) {
          names.add(match[1]!);
        }
      }
    }
  };
  for (const folder of ["forms", "routes", "components"]) walk(path.join(appDirectory, folder));
  return [...names];
}
const nulForm = Object.fromEntries(fieldNames().map((name) => [name, `Sam\u0000 Smith`]));

type Persona = { role: (typeof roles)[number]; user: TestUser };
const personas: Persona[] = [];
beforeAll(async () => {
  const organisation = await createOrganisation(db());
  for (const role of roles)
    personas.push({ role, user: await createUser(db(), { role, organisationId: organisation.id }) });
});

/** Someone the route lets in, so that the bad input reaches the action's own code. */
async function cookieFor(access: Access | undefined): Promise<string | undefined> {
  if (!access || access === "anyone" || access === "nobody") return undefined;
  const persona = personas.find(({ user }) => {
    if (access === "signedIn") return true;
    if ("anyOf" in access) return access.anyOf.some((action) => can(user, action));
    return can(user, access.action) && !access.alsoDenied?.includes(user.role);
  });
  return persona ? signedInCookie(db(), persona.user) : undefined;
}

async function answer(handler: ActionFunction | LoaderFunction, request: Request, params: Record<string, string>) {
  const screened = await screenRequest(request);
  if (typeof screened === "number") return { status: screened };
  try {
    const result = await handler({ request: screened, params, context: testContext });
    return result instanceof Response ? { status: result.status, result } : { status: 200, result };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status };
    throw thrown;
  }
}

function paramsFrom(pattern: string, value: string): { url: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const url = pattern
    .replace(/:([A-Za-z]+)/g, (_match, name: string) => {
      params[name] = value;
      return encodeURIComponent(value);
    })
    .replace(/\/\*$/, "/no-such-page");
  return { url, params };
}

const withActions = routes.filter((route) => readFileSync(route.file, "utf8").includes("export async function action"));

describe("bad input to every form", () => {
  it("finds the forms", () => {
    expect(withActions.length).toBeGreaterThan(30);
  });

  describe.each(withActions.map((route) => [route.name, route]))("%s", (_name, route) => {
    it("answers NUL bytes in every field without a 500, keeping the rest of the input", async () => {
      const { action } = (await import(/* @vite-ignore */ route.file)) as { action: ActionFunction };
      const { url, params } = paramsFrom(route.pattern, madeUpId);
      const cookie = await cookieFor(routeRules[route.name]?.post);
      const outcome = await answer(action, testRequest(url, { cookie, form: nulForm }), params);
      expect(outcome.status).toBeLessThan(500);
      const initialValue = (outcome.result as { initialValue?: Record<string, unknown> } | undefined)?.initialValue;
      for (const value of Object.values(initialValue ?? {})) {
        if (typeof value === "string") expect(value).toBe("Sam Smith");
      }
    });

    it("answers a JSON body with 400", async () => {
      const { action } = (await import(/* @vite-ignore */ route.file)) as { action: ActionFunction };
      const { url, params } = paramsFrom(route.pattern, madeUpId);
      const request = new Request(`http://localhost${url}`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: (await cookieFor(routeRules[route.name]?.post)) ?? "" },
        body: JSON.stringify(nulForm),
      });
      expect((await answer(action, request, params)).status).toBe(400);
    });
  });
});

describe("NUL and control characters in an address", () => {
  const withParams = routes.filter((route) => route.pattern.includes(":"));

  it.each(withParams.map((route) => [route.name, route]))("%s is not found", async (_name, route) => {
    const { loader } = (await import(/* @vite-ignore */ route.file)) as { loader?: LoaderFunction };
    if (!loader) return;
    const { url, params } = paramsFrom(route.pattern, "FD-\u0000");
    const cookie = await cookieFor(routeRules[route.name]?.get);
    expect((await answer(loader, testRequest(url, { cookie }), params)).status).toBe(404);
  });

  it("/contacts/FD-%00 is not found", async () => {
    expect(await screenRequest(testRequest("/contacts/FD-%00"))).toBe(404);
    expect(await screenRequest(testRequest("/contacts/FD-%0A"))).toBe(404);
    expect(await screenRequest(testRequest("/contacts/%E0%A4%A"))).toBe(404);
  });

  it("drops NUL from a query, keeping the rest", async () => {
    const screened = (await screenRequest(testRequest("/mash?search=Sam%00%20Smith&page=2"))) as Request;
    const query = new URL(screened.url).searchParams;
    expect(query.get("search")).toBe("Sam Smith");
    expect(query.get("page")).toBe("2");
  });
});
