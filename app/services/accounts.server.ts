import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { and, desc, eq, gt, isNotNull, isNull } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { oneTimeTokens, organisations, sessions, users } from "#db/schema";
import { hashPassword, verifyPassword } from "~/auth/password.server";
import {
  createSession,
  hashSecret,
  invalidateSession,
  invalidateUserSessions,
  randomToken,
  type CurrentUser,
} from "~/auth/session.server";
import { actorFor, type Client } from "~/auth/sign-in.server";
import {
  clearThrottle,
  lockedUntil,
  recordHit,
  takeAttempt,
  throttleKeys,
  throttlePolicies,
} from "~/auth/throttle.server";
import { twoFactorRequired } from "~/auth/two-factor.server";
import { config } from "~/config.server";
import { db } from "~/db.server";
import type { Role } from "~/domain/roles";
import { createTranslator } from "~/i18n/messages";
import { sendMail } from "~/mail/mailer.server";
import { recordAudit, type AuditActor } from "./audit.server";

type Purpose = "invitation" | "password_reset";

/** A new single-use link token (160 random bits); earlier unused tokens of the same purpose stop working. */
async function issueToken(
  tx: Queryable,
  purpose: Purpose,
  userId: string,
  createdBy: string | null,
  lifetimeMs: number,
): Promise<string> {
  const token = randomToken();
  const now = new Date();
  await tx
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)));
  await tx.insert(oneTimeTokens).values({
    purpose,
    tokenHash: hashSecret(token),
    userId,
    createdBy,
    createdAt: now,
    expiresAt: new Date(now.getTime() + lifetimeMs),
  });
  return token;
}

function validToken(purpose: Purpose, token: string) {
  return and(
    eq(oneTimeTokens.purpose, purpose),
    eq(oneTimeTokens.tokenHash, hashSecret(token)),
    isNull(oneTimeTokens.usedAt),
    gt(oneTimeTokens.expiresAt, new Date()),
  );
}

/** Uses a token up: succeeds for the first request only, and only before it expires. */
async function consumeToken(tx: Queryable, purpose: Purpose, token: string): Promise<string | null> {
  const [used] = await tx
    .update(oneTimeTokens)
    .set({ usedAt: new Date() })
    .where(validToken(purpose, token))
    .returning({ userId: oneTimeTokens.userId });
  return used?.userId ?? null;
}

const invitationLifetimeMs = () => config().INVITATION_EXPIRY_HOURS * 3_600_000;
const resetLifetimeMs = () => config().PASSWORD_RESET_EXPIRY_MINUTES * 60_000;

export interface Invitee {
  name: string;
  email: string;
  organisationId: string;
  role: Role;
  jobTitle?: string;
}

/** An admin invites someone: the account exists at once, without a password, and the link lets them set one. */
export async function inviteUser(
  actor: AuditActor & { user: NonNullable<AuditActor["user"]> },
  inviter: Pick<CurrentUser, "name">,
  invitee: Invitee,
): Promise<{ ok: true; userId: string } | { ok: false; reason: "emailTaken" }> {
  return db().transaction((tx) => inviteUserWithin(tx, actor, inviter, invitee));
}

/**
 * The same, inside the caller's transaction: the MASH invites a professional
 * who phoned in a contact and has no account (see written-confirmation.server.ts).
 * `because` says why in the audit when it was not an administrator's choice.
 */
export async function inviteUserWithin(
  tx: Queryable,
  actor: AuditActor & { user: NonNullable<AuditActor["user"]> },
  inviter: Pick<CurrentUser, "name">,
  invitee: Invitee,
  because?: Record<string, unknown>,
): Promise<{ ok: true; userId: string } | { ok: false; reason: "emailTaken" }> {
  const [created] = await tx
    .insert(users)
    .values({
      ...invitee,
      email: invitee.email.toLowerCase(),
      jobTitle: invitee.jobTitle ?? null,
      passwordHash: null,
    })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (!created) return { ok: false as const, reason: "emailTaken" as const };
  await recordAudit(tx, actor, {
    action: "user.invited",
    subjectType: "user",
    subjectId: created.id,
    details: { email: invitee.email, role: invitee.role, organisationId: invitee.organisationId, ...because },
  });
  await sendInvitation(tx, actor.user.id, inviter.name, created.id);
  return { ok: true as const, userId: created.id };
}

/** A new link for someone whose invitation expired or went astray; the old link stops working. */
export async function resendInvitation(
  actor: AuditActor & { user: NonNullable<AuditActor["user"]> },
  inviter: Pick<CurrentUser, "name">,
  userId: string,
): Promise<void> {
  await db().transaction(async (tx) => {
    await sendInvitation(tx, actor.user.id, inviter.name, userId);
    await recordAudit(tx, actor, { action: "user.invitationResent", subjectType: "user", subjectId: userId });
  });
}

async function sendInvitation(tx: Queryable, inviterId: string, inviterName: string, userId: string) {
  const [invitee] = await tx
    .select({ name: users.name, email: users.email, role: users.role, organisation: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, userId));
  if (!invitee) throw new Error(`No user ${userId} to invite`);
  const token = await issueToken(tx, "invitation", userId, inviterId, invitationLifetimeMs());
  const t = createTranslator("en");
  await sendMail(tx, {
    to: invitee.email,
    template: "invitation",
    personalisation: {
      name: invitee.name,
      invitedBy: inviterName,
      role: t(`role.${invitee.role}`),
      organisation: invitee.organisation,
      link: `${config().appUrl}/invitation/${token}`,
      hours: String(config().INVITATION_EXPIRY_HOURS),
    },
  });
}

/** Who an invitation link is for, while it is still usable. */
export async function findInvitation(token: string) {
  const [found] = await db()
    .select({ email: users.email, role: users.role, organisationName: organisations.name })
    .from(oneTimeTokens)
    .innerJoin(users, eq(users.id, oneTimeTokens.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(validToken("invitation", token), eq(users.active, true)));
  return found ?? null;
}

/**
 * The invited person sets their password; the link is used up. They get a
 * session at the enrolment stage (or signed in, for a partner when the
 * council does not require two-factor of partners).
 */
export async function acceptInvitation(
  client: Client,
  token: string,
  password: string,
): Promise<{ token: string; stage: "two_factor_enrolment" | "signed_in" } | null> {
  const passwordHash = await hashPassword(password);
  return db().transaction(async (tx) => {
    const userId = await consumeToken(tx, "invitation", token);
    if (!userId) return null;
    const [user] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(and(eq(users.id, userId), eq(users.active, true)))
      .returning({ id: users.id, role: users.role, organisationId: users.organisationId });
    if (!user) return null;
    const actor = actorFor(client, user);
    await recordAudit(tx, actor, { action: "user.invitationAccepted", subjectType: "user", subjectId: user.id });
    const stage = twoFactorRequired(user.role) ? "two_factor_enrolment" : "signed_in";
    const session = await createSession(tx, { userId: user.id, role: user.role, stage, ...client });
    if (stage === "signed_in") {
      await recordAudit(tx, actor, { action: "auth.signIn.succeeded", details: { method: "invitation" } });
    }
    return { token: session.token, stage };
  });
}

/** Padding for answers that must not reveal, by taking longer, whether an address has an account. */
const resetRequestMinimumMs = 400;

/**
 * Emails a reset link if the address has an account. The answer, and the
 * time it takes (padded to a minimum), are the same whether it does or not.
 */
export async function requestPasswordReset(client: Client, email: string): Promise<"sent" | "throttled"> {
  const started = Date.now();
  const address = email.trim().toLowerCase();
  if (await takeAttempt(throttleKeys.ip(client.ipAddress), throttlePolicies().ip)) return "throttled";
  await db().transaction(async (tx) => {
    // Invited people who have not yet set a password use their invitation instead.
    const [user] = await tx
      .select({ id: users.id, name: users.name, role: users.role, organisationId: users.organisationId })
      .from(users)
      .where(and(eq(users.email, address), eq(users.active, true), isNotNull(users.passwordHash)));
    if (!user) {
      await recordAudit(tx, actorFor(client, null), {
        action: "auth.passwordReset.requested",
        details: { email: address, sent: false },
      });
      return;
    }
    const token = await issueToken(tx, "password_reset", user.id, null, resetLifetimeMs());
    await sendMail(tx, {
      to: address,
      template: "passwordReset",
      personalisation: {
        name: user.name,
        link: `${config().appUrl}/reset-password/${token}`,
        minutes: String(config().PASSWORD_RESET_EXPIRY_MINUTES),
      },
    });
    await recordAudit(tx, actorFor(client, user), {
      action: "auth.passwordReset.requested",
      subjectType: "user",
      subjectId: user.id,
      details: { email: address, sent: true },
    });
  });
  const elapsed = Date.now() - started;
  if (elapsed < resetRequestMinimumMs)
    await new Promise((resolve) => setTimeout(resolve, resetRequestMinimumMs - elapsed));
  return "sent";
}

export async function passwordResetIsUsable(token: string): Promise<boolean> {
  const [found] = await db()
    .select({ id: oneTimeTokens.id })
    .from(oneTimeTokens)
    .where(validToken("password_reset", token));
  return Boolean(found);
}

/** Sets the new password, uses the link up, and signs the user out everywhere. */
export async function resetPassword(client: Client, token: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db().transaction(async (tx) => {
    const userId = await consumeToken(tx, "password_reset", token);
    if (!userId) return false;
    const [user] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning({
        id: users.id,
        role: users.role,
        organisationId: users.organisationId,
        email: users.email,
        name: users.name,
      });
    if (!user) return false;
    await invalidateUserSessions(user.id, tx);
    await clearThrottle(throttleKeys.account(user.email), tx);
    await recordAudit(tx, actorFor(client, user), {
      action: "auth.password.reset",
      subjectType: "user",
      subjectId: user.id,
    });
    await sendMail(tx, { to: user.email, template: "passwordChanged", personalisation: { name: user.name } });
    return true;
  });
}

export type PasswordChange = "changed" | "wrongPassword" | "throttled";

/** A signed-in user changes their password; every other session of theirs ends. */
export async function changePassword(
  client: Client,
  user: CurrentUser,
  currentPassword: string,
  newPassword: string,
): Promise<PasswordChange> {
  const accountKey = throttleKeys.account(user.email);
  if (await lockedUntil(accountKey)) return "throttled";
  const [stored] = await db().select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  if (!stored?.hash || !(await verifyPassword(stored.hash, currentPassword))) {
    await recordHit(accountKey, throttlePolicies().account);
    await recordAudit(db(), actorFor(client, user), { action: "auth.password.changeFailed" });
    return "wrongPassword";
  }
  const passwordHash = await hashPassword(newPassword);
  await db().transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, user.id));
    await invalidateUserSessions(user.id, tx, user.sessionId);
    await recordAudit(tx, actorFor(client, user), {
      action: "auth.password.changed",
      subjectType: "user",
      subjectId: user.id,
    });
    await sendMail(tx, { to: user.email, template: "passwordChanged", personalisation: { name: user.name } });
  });
  return "changed";
}

export async function listSessions(user: CurrentUser) {
  const rows = await db()
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastActiveAt: sessions.lastActiveAt,
      ipAddress: sessions.ipAddress,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, user.id), eq(sessions.stage, "signed_in"), gt(sessions.idleExpiresAt, new Date())))
    .orderBy(desc(sessions.lastActiveAt));
  // The session id is half of a token: the page gets a stand-in, never the id itself.
  return rows.map(({ id, ...row }) => ({ ...row, key: sessionKey(id), current: id === user.sessionId }));
}

/** A stand-in for a session id, safe to put in a page: a hash, so it cannot be turned back into the id. */
function sessionKey(sessionId: string): string {
  return encodeBase32LowerCaseNoPadding(hashSecret(`session-key:${sessionId}`)).slice(0, 26);
}

/** Ends one of the user's own other sessions, named by its stand-in key. */
export async function endSession(client: Client, user: CurrentUser, key: string): Promise<boolean> {
  const owned = await db().select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id));
  const target = owned.find((session) => sessionKey(session.id) === key && session.id !== user.sessionId);
  if (!target) return false;
  await db().transaction(async (tx) => {
    await invalidateSession(target.id, tx);
    await recordAudit(tx, actorFor(client, user), { action: "auth.session.ended" });
  });
  return true;
}

export async function endOtherSessions(client: Client, user: CurrentUser): Promise<void> {
  await db().transaction(async (tx) => {
    await invalidateUserSessions(user.id, tx, user.sessionId);
    await recordAudit(tx, actorFor(client, user), { action: "auth.session.endedOthers" });
  });
}
