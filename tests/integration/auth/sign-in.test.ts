import { generateTOTP } from "@oslojs/otp";
import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { auditEvents, authThrottles, sessions } from "#db/schema";
import type * as passwordModule from "~/auth/password.server";
import { verifyPassword } from "~/auth/password.server";
import { validateSessionToken } from "~/auth/session.server";
import {
  completeEnrolmentAndSignIn,
  signInWithPassword,
  signInWithRecoveryCode,
  signInWithTotp,
} from "~/auth/sign-in.server";
import { pendingSecret, replaceRecoveryCodes } from "~/auth/two-factor.server";
import { createUser, currentCode, testClient, testPassword } from "#tests/support/auth-factories";
import { useTestDatabase } from "#tests/support/test-database";

vi.mock("~/auth/password.server", async (importOriginal) => {
  const original = await importOriginal<typeof passwordModule>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

const { db } = useTestDatabase();
let client = testClient;
let ipCounter = 0;

beforeEach(() => {
  // Each test its own address, so the per-IP limit only bites where a test means it to.
  ipCounter += 1;
  client = { ...testClient, ipAddress: `10.0.0.${ipCounter}` };
  vi.mocked(verifyPassword).mockClear();
});
afterEach(() => {
  vi.useRealTimers();
});

async function passwordStep(email: string, password = testPassword) {
  const result = await signInWithPassword(client, email, password);
  if (result.outcome !== "session") throw new Error(`password step refused: ${result.outcome}`);
  return { ...result, session: (await validateSessionToken(result.token))! };
}

async function auditActions(userId: string) {
  return (await db().select().from(auditEvents).where(eq(auditEvents.userId, userId))).map((event) => event.action);
}

describe("the password step", () => {
  it("starts a two-factor session for someone with an authenticator, and a new session again after the code", async () => {
    const user = await createUser(db(), { role: "mash_screener" });
    const first = await passwordStep(user.email);
    expect(first.stage).toBe("two_factor");

    const second = await signInWithTotp(client, first.session, currentCode(user.totpSecret!));
    expect(second.outcome).toBe("signedIn");
    const signedIn = await validateSessionToken((second as { token: string }).token);
    expect(signedIn?.session.stage).toBe("signed_in");
    expect(signedIn?.session.id).not.toBe(first.session.session.id);
    // The password-step session is gone: its token can never be used again.
    expect(await validateSessionToken(first.token)).toBeNull();
    expect(await auditActions(user.id)).toContain("auth.signIn.succeeded");
  });

  it("gives unknown addresses, deactivated accounts and wrong passwords the same answer, after the same hashing", async () => {
    const user = await createUser(db());
    const deactivated = await createUser(db(), { active: false });
    const answers = [
      await signInWithPassword(client, "nobody@example.org", testPassword),
      await signInWithPassword(client, user.email, "not the right password at all"),
      await signInWithPassword(client, deactivated.email, testPassword),
    ];
    expect(answers).toEqual([{ outcome: "invalid" }, { outcome: "invalid" }, { outcome: "invalid" }]);
    expect(verifyPassword).toHaveBeenCalledTimes(3);
    const failures = await db().select().from(auditEvents).where(eq(auditEvents.action, "auth.signIn.failed"));
    expect(failures.map((event) => event.details?.reason).sort()).toEqual(
      ["inactiveOrInvited", "unknownAccount", "wrongPassword"].sort(),
    );
  });

  it("takes about as long for an unknown address as for a wrong password", async () => {
    const user = await createUser(db());
    let attempt = 0;
    const time = async (email: string) => {
      attempt += 1;
      const start = performance.now();
      await signInWithPassword(
        { ...client, ipAddress: `10.1.${ipCounter}.${attempt}` },
        email,
        "wrong password, long enough",
      );
      return performance.now() - start;
    };
    const unknown: number[] = [];
    const known: number[] = [];
    for (let round = 0; round < 8; round += 1) {
      unknown.push(await time(`unknown-${round}@example.org`));
      known.push(await time(user.email));
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const difference = Math.abs(median(unknown) - median(known));
    // Both verify an argon2id hash with the same parameters; what is left is noise.
    expect(difference, `unknown ${unknown.join(", ")}; known ${known.join(", ")}`).toBeLessThan(
      Math.max(20, 0.3 * median(known)),
    );
  });

  it("locks an address after 10 wrong passwords, before hashing anything, until the lock ends", async () => {
    const user = await createUser(db());
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect(await signInWithPassword(client, user.email, "wrong password, long enough")).toEqual({
        outcome: "invalid",
      });
    }
    vi.mocked(verifyPassword).mockClear();
    const locked = await signInWithPassword(client, user.email, testPassword);
    expect(locked).toMatchObject({ outcome: "throttled", scope: "account" });
    expect(verifyPassword).not.toHaveBeenCalled();

    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 16 * 60_000 });
    expect((await signInWithPassword(client, user.email, testPassword)).outcome).toBe("session");
    // A success forgets the failures.
    expect(
      await db()
        .select()
        .from(authThrottles)
        .where(eq(authThrottles.key, `account:${user.email}`)),
    ).toEqual([]);
  });

  it("locks an unknown address exactly as it would a real one", async () => {
    for (let attempt = 0; attempt < 10; attempt += 1)
      await signInWithPassword(client, "ghost@example.org", "x".repeat(12));
    expect(await signInWithPassword(client, "ghost@example.org", "x".repeat(12))).toMatchObject({
      outcome: "throttled",
      scope: "account",
    });
  });

  it("allows 20 attempts a minute from one IP address, then refuses without hashing", async () => {
    const user = await createUser(db());
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await signInWithPassword(client, `someone-${attempt}@example.org`, "wrong password, long enough");
    }
    vi.mocked(verifyPassword).mockClear();
    expect(await signInWithPassword(client, user.email, testPassword)).toMatchObject({
      outcome: "throttled",
      scope: "ip",
    });
    expect(verifyPassword).not.toHaveBeenCalled();
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 61_000 });
    expect((await signInWithPassword(client, user.email, testPassword)).outcome).toBe("session");
  });
});

describe("two-factor codes", () => {
  it("accepts a code once: a replay in the same 30 seconds is refused and audited", async () => {
    const user = await createUser(db(), { role: "mash_manager" });
    const code = currentCode(user.totpSecret!);
    const first = await passwordStep(user.email);
    expect((await signInWithTotp(client, first.session, code)).outcome).toBe("signedIn");

    const second = await passwordStep(user.email);
    expect(await signInWithTotp(client, second.session, code)).toEqual({ outcome: "replayed" });
    expect(await auditActions(user.id)).toContain("auth.twoFactor.replayRefused");
  });

  it("refuses a wrong code, and locks two-factor for 30 minutes after 5 wrong codes", async () => {
    const user = await createUser(db());
    const { session } = await passwordStep(user.email);
    const wrong = currentCode(user.totpSecret!) === "000000" ? "111111" : "000000";
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await signInWithTotp(client, session, wrong)).toEqual({ outcome: "invalid" });
    }
    expect(await signInWithTotp(client, session, currentCode(user.totpSecret!))).toMatchObject({
      outcome: "throttled",
    });
    expect(await signInWithRecoveryCode(client, session, "AAAAA-AAAAA")).toMatchObject({ outcome: "throttled" });
  });

  it("accepts each recovery code once", async () => {
    const user = await createUser(db());
    const [code] = await replaceRecoveryCodes(db(), user.id);
    const first = await passwordStep(user.email);
    expect((await signInWithRecoveryCode(client, first.session, code!.toLowerCase())).outcome).toBe("signedIn");
    const second = await passwordStep(user.email);
    expect(await signInWithRecoveryCode(client, second.session, code!)).toEqual({ outcome: "invalid" });
    expect(await auditActions(user.id)).toContain("auth.recoveryCode.used");
  });
});

describe("setting up two-factor at first sign-in", () => {
  it("enrols with a real code from the QR code's secret, signs in with a new session, then asks for codes", async () => {
    const user = await createUser(db(), { role: "social_worker", twoFactor: false });
    const enrolment = await passwordStep(user.email);
    expect(enrolment.stage).toBe("two_factor_enrolment");
    expect(await validateSessionToken(enrolment.token).then((found) => found?.session.stage)).toBe(
      "two_factor_enrolment",
    );

    const secret = await pendingSecret(db(), user.id);
    expect(await pendingSecret(db(), user.id)).toEqual(secret);
    const wrong = generateTOTP(secret, 30, 6) === "000000" ? "111111" : "000000";
    expect(await completeEnrolmentAndSignIn(client, enrolment.session, wrong)).toEqual({ outcome: "invalid" });
    const done = await completeEnrolmentAndSignIn(client, enrolment.session, generateTOTP(secret, 30, 6));
    expect(done.outcome).toBe("signedIn");
    if (done.outcome !== "signedIn") return;
    expect(done.recoveryCodes).toHaveLength(10);
    expect(new Set(done.recoveryCodes).size).toBe(10);
    expect(await validateSessionToken(enrolment.token)).toBeNull();
    expect((await validateSessionToken(done.token))?.session.stage).toBe("signed_in");
    expect(await auditActions(user.id)).toEqual(
      expect.arrayContaining(["auth.twoFactor.enrolled", "auth.signIn.succeeded"]),
    );

    // Next time: password, then a code from the same app (a later one: the enrolment code is used up).
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 30_000 });
    const next = await passwordStep(user.email);
    expect(next.stage).toBe("two_factor");
    expect((await signInWithTotp(client, next.session, generateTOTP(secret, 30, 6))).outcome).toBe("signedIn");
  });

  it("lets a partner sign in with the password alone when the council has relaxed two-factor for partners", async () => {
    const { config } = await import("~/config.server");
    const settings = config();
    const previous = settings.PARTNER_TWO_FACTOR_REQUIRED;
    settings.PARTNER_TWO_FACTOR_REQUIRED = false;
    try {
      const partner = await createUser(db(), { role: "partner", twoFactor: false });
      expect((await passwordStep(partner.email)).stage).toBe("signed_in");
      const screener = await createUser(db(), { role: "mash_screener", twoFactor: false });
      expect((await passwordStep(screener.email)).stage).toBe("two_factor_enrolment");
    } finally {
      settings.PARTNER_TWO_FACTOR_REQUIRED = previous;
    }
  });
});

describe("the sessions a sign-in leaves behind", () => {
  it("keeps no session for refused attempts", async () => {
    const user = await createUser(db());
    await signInWithPassword(client, user.email, "wrong password, long enough");
    expect(
      await db()
        .select()
        .from(sessions)
        .where(and(eq(sessions.userId, user.id))),
    ).toEqual([]);
  });
});
