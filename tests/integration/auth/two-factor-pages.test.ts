import { describe, expect, it } from "vitest";
import { sessionCookieName } from "~/auth/session.server";
import { action as signIn } from "~/routes/sign-in._index";
import { action as recoveryCode } from "~/routes/sign-in.recovery-code";
import { action as setUpTwoFactor } from "~/routes/sign-in.set-up-two-factor";
import { action as twoFactor } from "~/routes/sign-in.two-factor";
import {
  createUser,
  currentCode,
  testContext,
  testPassword,
  testRequest,
  tokenFromSetCookie,
} from "#tests/support/auth-factories";
import { useTestDatabase } from "#tests/support/test-database";

/**
 * A wrong, replayed or locked-out code is answered with GOV.UK's error
 * pattern (an error on the code field, so the summary and the "Error: " title
 * follow), never the blank form; the code itself is not sent back.
 */
const { db } = useTestDatabase();

let addresses = 0;
function context() {
  addresses += 1;
  return { ...testContext, ipAddress: `198.51.100.${addresses}` };
}

async function passwordStep(email: string): Promise<string> {
  const response = (await signIn({
    request: testRequest("/sign-in", { form: { email, password: testPassword } }),
    params: {},
    context: context(),
  })) as Response;
  return `${sessionCookieName}=${tokenFromSetCookie(response.headers.get("set-cookie"))}`;
}

function wrongCode(secret: Uint8Array): string {
  return currentCode(secret) === "000000" ? "111111" : "000000";
}

async function enterCode(cookie: string, code: string) {
  return formReply(
    await twoFactor({
      request: testRequest("/sign-in/two-factor", { cookie, form: { code } }),
      params: {},
      context: context(),
    }),
  );
}

/** What a form page gets back after a problem: Conform's reply, sent with status 400 (a redirect passes through). */
function formReply(reply: unknown): unknown {
  if (reply instanceof Response) return reply;
  expect(reply).toMatchObject({ init: { status: 400 } });
  return (reply as { data: unknown }).data;
}

describe("the two-factor page", () => {
  it("says the code is wrong", async () => {
    const user = await createUser(db(), { role: "mash_screener" });
    const reply = await enterCode(await passwordStep(user.email), wrongCode(user.totpSecret!));
    expect(reply).toMatchObject({ status: "error", error: { code: ["auth.twoFactor.code.invalid"] } });
    expect(JSON.stringify(reply)).not.toContain(wrongCode(user.totpSecret!));
  });

  it("says a code cannot be used twice", async () => {
    const user = await createUser(db(), { role: "mash_screener" });
    const code = currentCode(user.totpSecret!);
    expect(await enterCode(await passwordStep(user.email), code)).toBeInstanceOf(Response);
    const reply = await enterCode(await passwordStep(user.email), code);
    expect(reply).toMatchObject({ status: "error", error: { code: ["auth.twoFactor.code.replayed"] } });
  });

  it("says the account is locked and for how long", async () => {
    const user = await createUser(db(), { role: "mash_screener" });
    const cookie = await passwordStep(user.email);
    for (let attempt = 0; attempt < 5; attempt += 1) await enterCode(cookie, wrongCode(user.totpSecret!));
    const reply = await enterCode(cookie, currentCode(user.totpSecret!));
    expect(reply).toMatchObject({ status: "error" });
    expect((reply as { error: { code: string[] } }).error.code[0]).toMatch(/too many wrong codes\. Wait \d+ minutes/);
  });

  it("says a code that is not 6 digits is not a code", async () => {
    const user = await createUser(db(), { role: "mash_screener" });
    const reply = await enterCode(await passwordStep(user.email), "12ab");
    expect(reply).toMatchObject({ status: "error", error: { code: ["auth.twoFactor.code.format"] } });
  });
});

describe("the recovery code page", () => {
  it("says the recovery code is wrong", async () => {
    const user = await createUser(db(), { role: "mash_screener" });
    const reply = formReply(
      await recoveryCode({
        request: testRequest("/sign-in/recovery-code", {
          cookie: await passwordStep(user.email),
          form: { code: "AAAAA-AAAAA" },
        }),
        params: {},
        context: context(),
      }),
    );
    expect(reply).toMatchObject({ status: "error", error: { code: ["auth.recoveryCode.invalid"] } });
  });
});

describe("setting up two-factor", () => {
  it("says the code is wrong", async () => {
    const user = await createUser(db(), { role: "mash_screener", twoFactor: false });
    const reply = await setUpTwoFactor({
      request: testRequest("/sign-in/set-up-two-factor", {
        cookie: await passwordStep(user.email),
        form: { code: "12" },
      }),
      params: {},
      context: context(),
    });
    expect(reply).toMatchObject({
      status: "error",
      result: { status: "error", error: { code: ["auth.twoFactor.code.format"] } },
    });
  });
});
