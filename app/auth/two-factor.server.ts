import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32NoPadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { createTOTPKeyURI, generateHOTP } from "@oslojs/otp";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import QRCode from "qrcode";
import type { Queryable } from "#db/connection";
import { recoveryCodes, twoFactorCredentials } from "#db/schema";
import { config } from "~/config.server";
import type { Role } from "~/domain/roles";

const totpPeriodSeconds = 30;
const totpDigits = 6;
const recoveryCodeCount = 10;
const issuer = "Front Door";

/** Every role needs two-factor, except partners when the council has relaxed it for them. */
export function twoFactorRequired(role: Role): boolean {
  return role !== "partner" || config().PARTNER_TWO_FACTOR_REQUIRED;
}

function generateTotpSecret(): Uint8Array {
  const secret = new Uint8Array(20);
  crypto.getRandomValues(secret);
  return secret;
}

function totpStep(now = Date.now()): number {
  return Math.floor(now / (totpPeriodSeconds * 1000));
}

function totpCode(secret: Uint8Array, step = totpStep()): string {
  return generateHOTP(secret, BigInt(step), totpDigits);
}

/** Accepts the code for this 30-second step or its neighbours (clocks drift); returns the step it belongs to. */
function matchingStep(secret: Uint8Array, code: string, now = Date.now()): number | null {
  const given = new TextEncoder().encode(code);
  const current = totpStep(now);
  for (const step of [current, current - 1, current + 1]) {
    if (constantTimeEqual(new TextEncoder().encode(totpCode(secret, step)), given)) return step;
  }
  return null;
}

function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, "").toLowerCase();
}

/** What the QR code holds: the standard otpauth:// address every authenticator app reads. */
export function totpKeyUri(email: string, secret: Uint8Array): string {
  return createTOTPKeyURI(issuer, email, secret, totpPeriodSeconds, totpDigits);
}

/** The secret as people type it into an app that cannot scan: base32 in groups of four. */
export function formatSecretForTyping(secret: Uint8Array): string {
  return encodeBase32NoPadding(secret)
    .match(/.{1,4}/g)!
    .join(" ");
}

export async function qrCodeImage(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

async function twoFactorCredential(queryable: Queryable, userId: string) {
  const [credential] = await queryable
    .select()
    .from(twoFactorCredentials)
    .where(eq(twoFactorCredentials.userId, userId));
  return credential;
}

export async function isEnrolled(queryable: Queryable, userId: string): Promise<boolean> {
  const credential = await twoFactorCredential(queryable, userId);
  return Boolean(credential?.secret && credential.enrolledAt);
}

/** The secret being set up: kept between page views, so reloading the page does not change the QR code. */
export async function pendingSecret(queryable: Queryable, userId: string): Promise<Uint8Array> {
  const existing = await twoFactorCredential(queryable, userId);
  if (existing?.pendingSecret) return existing.pendingSecret;
  const secret = generateTotpSecret();
  await queryable
    .insert(twoFactorCredentials)
    .values({ userId, pendingSecret: secret })
    .onConflictDoUpdate({ target: twoFactorCredentials.userId, set: { pendingSecret: secret, updatedAt: new Date() } });
  return secret;
}

export type CodeCheck = "accepted" | "invalid" | "replayed";

/**
 * Checks a code from the user's app. A code is accepted once: the step it
 * belongs to must be later than the last step accepted, and the update that
 * records it only succeeds if no other request recorded it first.
 */
export async function checkTotp(queryable: Queryable, userId: string, code: string): Promise<CodeCheck> {
  const credential = await twoFactorCredential(queryable, userId);
  if (!credential?.secret || !credential.enrolledAt) return "invalid";
  const step = matchingStep(credential.secret, normaliseCode(code));
  if (step === null) return "invalid";
  const [recorded] = await queryable
    .update(twoFactorCredentials)
    .set({ lastUsedStep: step, updatedAt: new Date() })
    .where(
      and(
        eq(twoFactorCredentials.userId, userId),
        or(isNull(twoFactorCredentials.lastUsedStep), lt(twoFactorCredentials.lastUsedStep, step)),
      ),
    )
    .returning({ userId: twoFactorCredentials.userId });
  return recorded ? "accepted" : "replayed";
}

/** Proves the app was set up with the pending secret, then makes it the user's secret. */
export async function confirmEnrolment(queryable: Queryable, userId: string, code: string): Promise<boolean> {
  const credential = await twoFactorCredential(queryable, userId);
  if (!credential?.pendingSecret) return false;
  const step = matchingStep(credential.pendingSecret, normaliseCode(code));
  if (step === null) return false;
  await queryable
    .update(twoFactorCredentials)
    .set({
      secret: credential.pendingSecret,
      pendingSecret: null,
      enrolledAt: new Date(),
      lastUsedStep: step,
      updatedAt: new Date(),
    })
    .where(eq(twoFactorCredentials.userId, userId));
  return true;
}

function hashRecoveryCode(code: string): Uint8Array {
  return sha256(new TextEncoder().encode(normaliseCode(code)));
}

/** Replaces the user's recovery codes with ten new ones, returned once to be shown once; only hashes are kept. */
export async function replaceRecoveryCodes(queryable: Queryable, userId: string): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, () => {
    const random = new Uint8Array(8);
    crypto.getRandomValues(random);
    const text = encodeBase32UpperCaseNoPadding(random).slice(0, 10);
    return `${text.slice(0, 5)}-${text.slice(5)}`;
  });
  await queryable.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await queryable.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  return codes;
}

/** Uses up a recovery code: true only for an unused code of this user, and only for the first request to use it. */
export async function useRecoveryCode(queryable: Queryable, userId: string, code: string): Promise<boolean> {
  const [used] = await queryable
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashRecoveryCode(code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return Boolean(used);
}

export async function unusedRecoveryCodeCount(queryable: Queryable, userId: string): Promise<number> {
  const rows = await queryable
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}
