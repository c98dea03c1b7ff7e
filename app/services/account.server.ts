import type { Role } from "~/domain/roles";
import { isEnrolled, pendingSecret, unusedRecoveryCodeCount } from "~/auth/two-factor.server";
import { db } from "~/db.server";
import { notificationChoices, saveNotificationChoices } from "~/notifications/preferences.server";
import type { AuditActor } from "./audit.server";

/** What the account and two-factor pages read and change, so that no route reaches the database itself. */

interface AccountHolder {
  id: string;
  role: Role;
}

export async function twoFactorStatus(userId: string): Promise<{ enrolled: boolean; codesLeft: number }> {
  const [enrolled, codesLeft] = await Promise.all([isEnrolled(db(), userId), unusedRecoveryCodeCount(db(), userId)]);
  return { enrolled, codesLeft };
}

export function isTwoFactorEnrolled(userId: string): Promise<boolean> {
  return isEnrolled(db(), userId);
}

/** The authenticator secret someone is part-way through setting up. */
export function pendingTwoFactorSecret(userId: string): Promise<Uint8Array> {
  return pendingSecret(db(), userId);
}

export function emailChoices(user: AccountHolder) {
  return notificationChoices(db(), user);
}

export function saveEmailChoices(actor: AuditActor, user: AccountHolder, wanted: readonly string[]): Promise<void> {
  return saveNotificationChoices(db(), actor, user, wanted);
}
