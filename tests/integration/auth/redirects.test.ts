import { describe, expect, it } from "vitest";
import { action as signIn, loader as signInPage } from "~/routes/sign-in._index";
import { action as twoFactor } from "~/routes/sign-in.two-factor";
import {
  createUser,
  currentCode,
  signedInCookie,
  testContext,
  testPassword,
  testRequest,
  tokenFromSetCookie,
} from "#tests/support/auth-factories";
import { sessionCookieName } from "~/auth/session.server";
import { useTestDatabase } from "#tests/support/test-database";

/**
 * After signing in, the portal sends people back where they were going, but
 * only to a path on this site, read as a browser would read the Location.
 */
const { db } = useTestDatabase();

let addresses = 0;
/** Each sign-in from its own address, so the per-address limit never answers instead. */
function context() {
  addresses += 1;
  return { ...testContext, ipAddress: `192.0.2.${addresses}` };
}

const offSite = [
  ["a tab", "/\t/other.example"],
  ["a newline", "/\n/other.example"],
  ["a carriage return and newline", "/\r\n/other.example"],
  ["a backslash", "/\\other.example"],
  ["an encoded backslash, decoded once", decodeURIComponent("/%5Cother.example")],
  ["an absolute address", "https://other.example/"],
  ["a protocol-relative address", "//other.example/"],
] as const;

async function location(response: unknown): Promise<string> {
  expect(response).toBeInstanceOf(Response);
  const answer = response as Response;
  expect(answer.status).toBe(302);
  return answer.headers.get("location")!;
}

/** Where a browser would go from this Location, on this site. */
function landsOn(location: string): string {
  const url = new URL(location, "http://localhost");
  expect(url.origin).toBe("http://localhost");
  return url.pathname;
}

/** The path the two-factor step will send someone to once it is done. */
async function afterTwoFactor(response: unknown): Promise<string | null> {
  const next = new URL(await location(response), "http://localhost");
  expect(next.pathname).toBe("/sign-in/two-factor");
  return next.searchParams.get("redirectTo");
}

describe("redirectTo after the password step", () => {
  it.each(offSite)("stays on this site with %s", async (_label, redirectTo) => {
    const user = await createUser(db(), { role: "mash_screener" });
    const response = await signIn({
      request: testRequest("/sign-in", { form: { email: user.email, password: testPassword, redirectTo } }),
      params: {},
      context: context(),
    });
    expect(await afterTwoFactor(response)).toBe("/home");
  });

  it("keeps a path on this site", async () => {
    const user = await createUser(db(), { role: "mash_screener" });
    const response = await signIn({
      request: testRequest("/sign-in", {
        form: { email: user.email, password: testPassword, redirectTo: "/contacts?page=2" },
      }),
      params: {},
      context: context(),
    });
    expect(await afterTwoFactor(response)).toBe("/contacts?page=2");
  });

  it("sends someone already signed in only to a path on this site, whatever the address says", async () => {
    const user = await createUser(db(), { role: "partner" });
    const cookie = await signedInCookie(db(), user);
    for (const [, redirectTo] of offSite) {
      const query = new URLSearchParams({ redirectTo });
      const thrown = await signInPage({
        request: testRequest(`/sign-in?${query}`, { cookie }),
        params: {},
        context: testContext,
      }).catch((error: unknown) => error);
      expect(landsOn(await location(thrown))).toBe("/home");
    }
    // The raw encoded form of the reported address: /sign-in?redirectTo=/%09/other-host
    const thrown = await signInPage({
      request: testRequest("/sign-in?redirectTo=/%09/other-host", { cookie }),
      params: {},
      context: testContext,
    }).catch((error: unknown) => error);
    expect(landsOn(await location(thrown))).toBe("/home");
  });
});

describe("redirectTo after the two-factor step", () => {
  it.each(offSite)("stays on this site with %s", async (_label, redirectTo) => {
    const user = await createUser(db(), { role: "mash_screener" });
    const passwordStep = await signIn({
      request: testRequest("/sign-in", { form: { email: user.email, password: testPassword } }),
      params: {},
      context: context(),
    });
    const token = tokenFromSetCookie((passwordStep as Response).headers.get("set-cookie"));
    const response = await twoFactor({
      request: testRequest("/sign-in/two-factor", {
        cookie: `${sessionCookieName}=${token}`,
        form: { code: currentCode(user.totpSecret!), redirectTo },
      }),
      params: {},
      context: testContext,
    });
    expect(landsOn(await location(response))).toBe("/home");
  });
});
