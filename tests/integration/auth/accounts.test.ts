import { and, desc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { auditEvents, devMail, oneTimeTokens, users } from "#db/schema";
import { passwordProblem } from "~/auth/password-policy.server";
import { createSession, validateSessionToken } from "~/auth/session.server";
import { signInWithPassword } from "~/auth/sign-in.server";
import {
  acceptInvitation,
  changePassword,
  findInvitation,
  inviteUser,
  passwordResetIsUsable,
  requestPasswordReset,
  resetPassword,
} from "~/services/accounts.server";
import { changeUserRole, setUserActive } from "~/services/admin.server";
import type { AuditActor } from "~/services/audit.server";
import { createOrganisation, createUser, testClient, testPassword } from "#tests/support/auth-factories";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
const newPassword = "three unrelated words plus a fourth";

afterEach(() => {
  vi.useRealTimers();
});

async function adminActor() {
  const admin = await createUser(db(), { role: "admin" });
  return {
    admin,
    actor: {
      user: { id: admin.id, role: admin.role, organisationId: admin.organisationId },
      ipAddress: "127.0.0.1",
      correlationId: "test",
    } satisfies AuditActor,
  };
}

/** The link in the latest email to an address, as the recipient would click it. */
async function linkSentTo(email: string): Promise<string> {
  const [mail] = await db()
    .select()
    .from(devMail)
    .where(eq(devMail.recipient, email))
    .orderBy(desc(devMail.createdAt))
    .limit(1);
  expect(mail, `an email to ${email}`).toBeDefined();
  return mail!.personalisation.link!;
}

async function invite(email = `invitee-${Math.random().toString(36).slice(2)}@school.example`) {
  const { actor } = await adminActor();
  const organisation = await createOrganisation(db(), { name: `Riverside ${email}` });
  const result = await inviteUser(
    actor,
    { name: "Sam Admin" },
    {
      name: "Jo Lead",
      email,
      organisationId: organisation.id,
      role: "partner",
    },
  );
  expect(result.ok).toBe(true);
  const token = (await linkSentTo(email)).split("/invitation/")[1]!;
  return { email, token, userId: (result as { userId: string }).userId };
}

describe("invitations", () => {
  it("email a one-time link, stored only as a hash, that sets a password and starts two-factor set-up", async () => {
    const { email, token, userId } = await invite();
    const [stored] = await db().select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, userId));
    expect(Buffer.from(stored!.tokenHash).toString("utf8")).not.toContain(token);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(72 * 3_600_000);
    expect(await findInvitation(token)).toMatchObject({ email, role: "partner" });

    const accepted = await acceptInvitation(testClient, token, newPassword);
    expect(accepted?.stage).toBe("two_factor_enrolment");
    expect((await validateSessionToken(accepted!.token))?.session.stage).toBe("two_factor_enrolment");
    expect((await signInWithPassword(testClient, email, newPassword)).outcome).toBe("session");
  });

  it("work once", async () => {
    const { token } = await invite();
    expect(await acceptInvitation(testClient, token, newPassword)).not.toBeNull();
    expect(await findInvitation(token)).toBeNull();
    expect(await acceptInvitation(testClient, token, "someone else's new password")).toBeNull();
  });

  it("expire after 72 hours", async () => {
    const { token } = await invite();
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 72 * 3_600_000 + 1000 });
    expect(await findInvitation(token)).toBeNull();
    expect(await acceptInvitation(testClient, token, newPassword)).toBeNull();
  });

  it("refuse an address that already has an account, and are audited", async () => {
    const existing = await createUser(db());
    const { actor } = await adminActor();
    const result = await inviteUser(
      actor,
      { name: "Sam Admin" },
      {
        name: "Someone",
        email: existing.email.toUpperCase(),
        organisationId: existing.organisationId,
        role: "partner",
      },
    );
    expect(result).toEqual({ ok: false, reason: "emailTaken" });
    const { userId } = await invite();
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "user.invited"), eq(auditEvents.subjectId, userId)));
    expect(event?.userRole).toBe("admin");
  });
});

describe("password reset", () => {
  it("answers the same for an address with no account, and emails only real accounts", async () => {
    const user = await createUser(db());
    expect(await requestPasswordReset(testClient, "nobody@example.org")).toBe("sent");
    expect(await requestPasswordReset(testClient, user.email)).toBe("sent");
    expect(await db().select().from(devMail).where(eq(devMail.recipient, "nobody@example.org"))).toEqual([]);
    expect(await linkSentTo(user.email)).toMatch(/\/reset-password\/[a-z2-7]{32}$/);
  });

  it("takes as long for an address with no account", async () => {
    const user = await createUser(db());
    const time = async (email: string) => {
      const start = performance.now();
      await requestPasswordReset({ ...testClient, ipAddress: "10.9.9.9" }, email);
      return performance.now() - start;
    };
    const unknown = await time("nobody-at-all@example.org");
    const known = await time(user.email);
    expect(Math.abs(unknown - known)).toBeLessThan(100);
  });

  it("sets the new password, ends every session, and works once", async () => {
    const user = await createUser(db());
    const session = await createSession(db(), {
      userId: user.id,
      role: user.role,
      stage: "signed_in",
      ipAddress: null,
      userAgent: null,
    });
    await requestPasswordReset(testClient, user.email);
    const token = (await linkSentTo(user.email)).split("/reset-password/")[1]!;
    expect(await passwordResetIsUsable(token)).toBe(true);
    expect(await resetPassword(testClient, token, newPassword)).toBe(true);
    expect(await validateSessionToken(session.token)).toBeNull();
    expect(await resetPassword(testClient, token, "another new password here")).toBe(false);
    expect((await signInWithPassword(testClient, user.email, newPassword)).outcome).toBe("session");
  });

  it("expires", async () => {
    const user = await createUser(db());
    await requestPasswordReset(testClient, user.email);
    const token = (await linkSentTo(user.email)).split("/reset-password/")[1]!;
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 61 * 60_000 });
    expect(await passwordResetIsUsable(token)).toBe(false);
    expect(await resetPassword(testClient, token, newPassword)).toBe(false);
  });
});

describe("changing a password", () => {
  it("ends every other session but keeps this one", async () => {
    const user = await createUser(db());
    const here = await createSession(db(), {
      userId: user.id,
      role: user.role,
      stage: "signed_in",
      ipAddress: null,
      userAgent: null,
    });
    const elsewhere = await createSession(db(), {
      userId: user.id,
      role: user.role,
      stage: "signed_in",
      ipAddress: null,
      userAgent: null,
    });
    const current = (await validateSessionToken(here.token))!.user;
    expect(await changePassword(testClient, current, "not my password at all", newPassword)).toBe("wrongPassword");
    expect(await changePassword(testClient, current, testPassword, newPassword)).toBe("changed");
    expect(await validateSessionToken(here.token)).not.toBeNull();
    expect(await validateSessionToken(elsewhere.token)).toBeNull();
  });
});

describe("passwords", () => {
  it("need 12 characters and no particular mix, and may not be common", () => {
    expect(passwordProblem("short one")).toBe("auth.password.tooShort");
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    expect(passwordProblem("alllowercaseletters")).toBeNull();
    expect(passwordProblem("qwertyuiop123")).toBe("auth.password.common");
    expect(passwordProblem("Password1234!")).toBe("auth.password.common");
    expect(passwordProblem("iloveyouiloveyou")).toBe("auth.password.common");
  });
});

describe("admin changes to users", () => {
  it("record role changes with their reason, and sign the user out", async () => {
    const { actor } = await adminActor();
    const user = await createUser(db());
    const session = await createSession(db(), {
      userId: user.id,
      role: user.role,
      stage: "signed_in",
      ipAddress: null,
      userAgent: null,
    });
    await changeUserRole(actor, user.id, {
      role: "mash_screener",
      organisationId: user.organisationId,
      reason: "Moved to the MASH",
    });
    expect(await validateSessionToken(session.token)).toBeNull();
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "user.roleChanged"), eq(auditEvents.subjectId, user.id)));
    expect(event).toMatchObject({
      reason: "Moved to the MASH",
      userId: actor.user.id,
      userRole: "admin",
      ipAddress: "127.0.0.1",
    });
    expect(event?.details).toMatchObject({ from: { role: "partner" }, to: { role: "mash_screener" } });
  });

  it("deactivate a user, who can then no longer sign in", async () => {
    const { actor } = await adminActor();
    const user = await createUser(db());
    await setUserActive(actor, user.id, false, "Left the school");
    const [stored] = await db().select({ active: users.active }).from(users).where(eq(users.id, user.id));
    expect(stored?.active).toBe(false);
    expect(await signInWithPassword(testClient, user.email, testPassword)).toEqual({ outcome: "invalid" });
  });
});

describe("the audit trail of signing in", () => {
  it("records successes and failures with who, role, organisation, when and from where, and cannot be changed", async () => {
    const user = await createUser(db(), { twoFactor: false });
    const { config } = await import("~/config.server");
    const settings = config();
    const previous = settings.PARTNER_TWO_FACTOR_REQUIRED;
    settings.PARTNER_TWO_FACTOR_REQUIRED = false;
    try {
      await signInWithPassword({ ...testClient, ipAddress: "192.0.2.7" }, user.email, "wrong password, long enough");
      await signInWithPassword({ ...testClient, ipAddress: "192.0.2.7" }, user.email, testPassword);
    } finally {
      settings.PARTNER_TWO_FACTOR_REQUIRED = previous;
    }
    const events = await db().select().from(auditEvents).where(eq(auditEvents.userId, user.id)).orderBy(auditEvents.id);
    expect(events.map((event) => event.action)).toEqual(["auth.signIn.failed", "auth.signIn.succeeded"]);
    expect(events[1]).toMatchObject({
      userRole: "partner",
      organisationId: user.organisationId,
      ipAddress: "192.0.2.7",
      correlationId: "test",
    });
    expect(events[1]!.occurredAt).toBeInstanceOf(Date);
    await expect(
      db().update(auditEvents).set({ action: "nothing.happened" }).where(eq(auditEvents.id, events[1]!.id)),
    ).rejects.toThrow();
    await expect(db().delete(auditEvents).where(eq(auditEvents.id, events[0]!.id))).rejects.toThrow();
  });
});
