import type { AppLoadContext } from "@remix-run/node";
import { and, desc, eq } from "drizzle-orm";
import type { Queryable, Transaction } from "#db/connection";
import { auditEvents, users } from "#db/schema";
import { db } from "~/db.server";
import { sendMail } from "~/mail/mailer.server";
import { recordAudit, type AuditActor } from "~/services/audit.server";
import { config } from "~/config.server";
import { formatDateTime } from "~/domain/date-format";
import { createTranslator } from "~/i18n/messages";
import { verifyPassword } from "./password.server";
import { createSession, invalidateSession, type CurrentUser, type ValidatedSession } from "./session.server";
import { clearThrottle, lockedUntil, recordHit, takeAttempt, throttleKeys, throttlePolicies } from "./throttle.server";
import {
  checkTotp,
  confirmEnrolment,
  isEnrolled,
  replaceRecoveryCodes,
  twoFactorRequired,
  useRecoveryCode,
} from "./two-factor.server";
import type { AuditAction } from "~/domain/audit/actions";

/** Where a sign-in attempt came from: for the session record, the audit trail and throttling. */
export interface Client {
  ipAddress: string | null;
  correlationId: string | null;
  userAgent: string | null;
}

export function clientOf(request: Request, context: Pick<AppLoadContext, "ipAddress" | "correlationId">): Client {
  return {
    ipAddress: context.ipAddress || null,
    correlationId: context.correlationId || null,
    userAgent: request.headers.get("user-agent"),
  };
}

export function actorFor(client: Client, user: Pick<CurrentUser, "id" | "role" | "organisationId"> | null): AuditActor {
  return { user, ipAddress: client.ipAddress, correlationId: client.correlationId };
}

/**
 * Verified instead of a real hash when the email has no usable account, so
 * that unknown addresses take as long as wrong passwords (same parameters).
 */
const timingEqualiserHash =
  "$argon2id$v=19$m=19456,t=2,p=1$mWtPCJagPsqfr3wF8nTJ9A$Sg1SR34oKFBD78SLFMyvaJIr1ELlaRmVLfYlT1yP0ZE";

type Refusal = { outcome: "throttled"; scope: "ip" | "account"; until: Date } | { outcome: "invalid" };
export type PasswordStep =
  Refusal | { outcome: "session"; stage: "two_factor" | "two_factor_enrolment" | "signed_in"; token: string };

/**
 * The password step. Throttles are checked before any hashing; unknown
 * addresses, deactivated accounts and wrong passwords get the same answer
 * after the same work. Success starts a new session whose stage says what
 * comes next.
 */
export async function signInWithPassword(client: Client, email: string, password: string): Promise<PasswordStep> {
  const address = email.trim().toLowerCase();
  const policies = throttlePolicies();
  const ipLock = await takeAttempt(throttleKeys.ip(client.ipAddress), policies.ip);
  const accountLock = ipLock ? null : await lockedUntil(throttleKeys.account(address));
  if (ipLock || accountLock) {
    await recordAudit(db(), actorFor(client, null), {
      action: "auth.signIn.failed",
      details: { email: address, reason: ipLock ? "ipThrottled" : "accountLocked" },
    });
    return { outcome: "throttled", scope: ipLock ? "ip" : "account", until: (ipLock ?? accountLock)! };
  }

  const [user] = await db()
    .select({
      id: users.id,
      role: users.role,
      organisationId: users.organisationId,
      passwordHash: users.passwordHash,
      active: users.active,
    })
    .from(users)
    .where(eq(users.email, address));
  const usable = user?.active && user.passwordHash ? user : null;
  const passwordMatches = await verifyPassword(usable?.passwordHash ?? timingEqualiserHash, password);
  if (!usable || !passwordMatches) {
    await recordHit(throttleKeys.account(address), policies.account);
    await recordAudit(db(), actorFor(client, user ?? null), {
      action: "auth.signIn.failed",
      details: { email: address, reason: !user ? "unknownAccount" : !usable ? "inactiveOrInvited" : "wrongPassword" },
    });
    return { outcome: "invalid" };
  }

  await clearThrottle(throttleKeys.account(address));
  const stage = (await isEnrolled(db(), usable.id))
    ? "two_factor"
    : twoFactorRequired(usable.role)
      ? "two_factor_enrolment"
      : "signed_in";
  const token = await db().transaction(async (tx) => {
    const { token } = await createSession(tx, { userId: usable.id, role: usable.role, stage, ...client });
    if (stage === "signed_in") await recordSignIn(tx, client, usable, "password");
    return token;
  });
  return { outcome: "session", stage, token };
}

export type CodeStep =
  | { outcome: "throttled"; until: Date }
  | { outcome: "invalid" }
  | { outcome: "replayed" }
  | { outcome: "signedIn"; token: string };

/** The second step with a code from the authenticator app; success replaces the session with a new one. */
export async function signInWithTotp(client: Client, pending: ValidatedSession, code: string): Promise<CodeStep> {
  return secondFactor(client, pending, "totp", async () => checkTotp(db(), pending.user.id, code));
}

/** The second step with a recovery code, which is then used up. */
export async function signInWithRecoveryCode(
  client: Client,
  pending: ValidatedSession,
  code: string,
): Promise<CodeStep> {
  return secondFactor(client, pending, "recoveryCode", async () =>
    (await useRecoveryCode(db(), pending.user.id, code)) ? "accepted" : "invalid",
  );
}

async function secondFactor(
  client: Client,
  pending: ValidatedSession,
  method: "totp" | "recoveryCode",
  check: () => Promise<"accepted" | "invalid" | "replayed">,
): Promise<CodeStep> {
  const refusal = await codeThrottle(client, pending.user);
  if (refusal) return refusal;
  const result = await check();
  if (result !== "accepted") {
    await codeFailed(
      client,
      pending.user,
      result === "replayed" ? "auth.twoFactor.replayRefused" : "auth.twoFactor.failed",
      {
        method,
      },
    );
    return { outcome: result };
  }
  await clearThrottle(throttleKeys.twoFactor(pending.user.id));
  const token = await db().transaction(async (tx) => {
    const token = await replaceWithSignedInSession(tx, client, pending);
    if (method === "recoveryCode") {
      await recordAudit(tx, actorFor(client, pending.user), { action: "auth.recoveryCode.used" });
      await sendMail(tx, {
        to: pending.user.email,
        template: "twoFactorChanged",
        personalisation: twoFactorMail(pending.user, "recoveryCodeUsed"),
      });
    }
    await recordSignIn(tx, client, pending.user, method);
    return token;
  });
  return { outcome: "signedIn", token };
}

/** The second step passed: the half-signed-in session gives way to a new, signed-in one, so its token is never reused. */
async function replaceWithSignedInSession(tx: Transaction, client: Client, pending: ValidatedSession): Promise<string> {
  await invalidateSession(pending.session.id, tx);
  const { token } = await createSession(tx, {
    userId: pending.user.id,
    role: pending.user.role,
    stage: "signed_in",
    ...client,
  });
  return token;
}

export type EnrolmentStep =
  | Exclude<CodeStep, { outcome: "replayed" | "signedIn" }>
  | {
      outcome: "signedIn";
      token: string;
      recoveryCodes: string[];
    };

/** First sign-in of someone who must use two-factor: the code proves their app works, then they are signed in. */
export async function completeEnrolmentAndSignIn(
  client: Client,
  pending: ValidatedSession,
  code: string,
): Promise<EnrolmentStep> {
  const refusal = await codeThrottle(client, pending.user);
  if (refusal) return refusal;
  return db().transaction(async (tx) => {
    if (!(await confirmEnrolment(tx, pending.user.id, code))) {
      await codeFailed(client, pending.user, "auth.twoFactor.failed", { method: "enrolment" });
      return { outcome: "invalid" as const };
    }
    const recoveryCodes = await replaceRecoveryCodes(tx, pending.user.id);
    await clearThrottle(throttleKeys.twoFactor(pending.user.id), tx);
    const token = await replaceWithSignedInSession(tx, client, pending);
    await recordAudit(tx, actorFor(client, pending.user), { action: "auth.twoFactor.enrolled" });
    await sendMail(tx, {
      to: pending.user.email,
      template: "twoFactorChanged",
      personalisation: twoFactorMail(pending.user, "enrolled"),
    });
    await recordSignIn(tx, client, pending.user, "totp");
    return { outcome: "signedIn" as const, token, recoveryCodes };
  });
}

/** A signed-in user replacing their authenticator app: the new app must prove itself first. */
export async function changeAuthenticator(
  client: Client,
  user: CurrentUser,
  code: string,
): Promise<
  { outcome: "throttled"; until: Date } | { outcome: "invalid" } | { outcome: "changed"; recoveryCodes: string[] }
> {
  const refusal = await codeThrottle(client, user);
  if (refusal) return refusal;
  return db().transaction(async (tx) => {
    if (!(await confirmEnrolment(tx, user.id, code))) {
      await codeFailed(client, user, "auth.twoFactor.failed", { method: "enrolment" });
      return { outcome: "invalid" as const };
    }
    const recoveryCodes = await replaceRecoveryCodes(tx, user.id);
    await recordAudit(tx, actorFor(client, user), { action: "auth.twoFactor.changed" });
    await sendMail(tx, {
      to: user.email,
      template: "twoFactorChanged",
      personalisation: twoFactorMail(user, "changed"),
    });
    return { outcome: "changed" as const, recoveryCodes };
  });
}

/** New recovery codes for a signed-in user; the old ones stop working. */
export async function regenerateRecoveryCodes(client: Client, user: CurrentUser): Promise<string[]> {
  return db().transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, user.id);
    await recordAudit(tx, actorFor(client, user), { action: "auth.recoveryCodes.replaced" });
    await sendMail(tx, {
      to: user.email,
      template: "twoFactorChanged",
      personalisation: twoFactorMail(user, "recoveryCodesReplaced"),
    });
    return codes;
  });
}

export async function signOut(client: Client, user: CurrentUser): Promise<void> {
  await db().transaction(async (tx) => {
    await invalidateSession(user.sessionId, tx);
    await recordAudit(tx, actorFor(client, user), { action: "auth.signedOut" });
  });
}

async function codeThrottle(client: Client, user: Pick<CurrentUser, "id" | "role" | "organisationId">) {
  const until =
    (await takeAttempt(throttleKeys.ip(client.ipAddress), throttlePolicies().ip)) ??
    (await lockedUntil(throttleKeys.twoFactor(user.id)));
  if (!until) return null;
  await recordAudit(db(), actorFor(client, user), {
    action: "auth.twoFactor.failed",
    details: { reason: "throttled" },
  });
  return { outcome: "throttled" as const, until };
}

async function codeFailed(
  client: Client,
  user: Pick<CurrentUser, "id" | "role" | "organisationId">,
  action: AuditAction,
  details: Record<string, unknown>,
) {
  // Outside any transaction the caller may roll back: a failure always counts.
  await recordHit(throttleKeys.twoFactor(user.id), throttlePolicies().twoFactor);
  await recordAudit(db(), actorFor(client, user), { action, details });
}

type TwoFactorChange = "enrolled" | "changed" | "recoveryCodesReplaced" | "recoveryCodeUsed";

function twoFactorMail(user: Pick<CurrentUser, "name">, change: TwoFactorChange): Record<string, string> {
  const t = createTranslator("en");
  return { name: user.name, change: t(`mail.change.${change}`), accountUrl: `${config().appUrl}/account` };
}

/**
 * Audits a completed sign-in, and emails the user when it came from an
 * address their last sign-in did not, so that a stolen password is noticed.
 */
async function recordSignIn(
  tx: Queryable,
  client: Client,
  user: Pick<CurrentUser, "id" | "role" | "organisationId">,
  method: string,
): Promise<void> {
  const [previous] = await tx
    .select({ ipAddress: auditEvents.ipAddress })
    .from(auditEvents)
    .where(and(eq(auditEvents.userId, user.id), eq(auditEvents.action, "auth.signIn.succeeded")))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  await recordAudit(tx, actorFor(client, user), { action: "auth.signIn.succeeded", details: { method } });
  if (previous && previous.ipAddress !== client.ipAddress) {
    const [account] = await tx
      .select({ email: users.email, name: users.name })
      .from(users)
      .where(eq(users.id, user.id));
    if (account) {
      await sendMail(tx, {
        to: account.email,
        template: "newSignIn",
        personalisation: {
          name: account.name,
          time: formatDateTime(new Date()),
          accountUrl: `${config().appUrl}/account/sessions`,
        },
      });
    }
  }
}
