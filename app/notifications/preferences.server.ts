import { eq, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { notificationPreferences } from "#db/schema";
import type { Role } from "~/domain/roles";
import { optionalTemplatesFor, type OptionalTemplate } from "~/domain/notifications/templates";
import { recordAudit, type AuditActor } from "~/services/audit.server";

export interface NotificationChoice {
  template: OptionalTemplate;
  enabled: boolean;
}

/** The optional emails someone in this role may get, and whether they get each (on unless turned off). */
export async function notificationChoices(
  queryable: Queryable,
  user: { id: string; role: Role },
): Promise<NotificationChoice[]> {
  const saved = await queryable
    .select({ template: notificationPreferences.template, enabled: notificationPreferences.enabled })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, user.id));
  const turnedOff = new Set(saved.filter((choice) => !choice.enabled).map((choice) => choice.template));
  return optionalTemplatesFor(user.role).map((template) => ({ template, enabled: !turnedOff.has(template) }));
}

/**
 * Saves which optional emails someone wants: those in `wanted` on, the rest
 * of their role's optional emails off. Anything else in `wanted` (a security
 * email, a made-up name) is ignored.
 */
export async function saveNotificationChoices(
  queryable: Queryable,
  actor: AuditActor,
  user: { id: string; role: Role },
  wanted: readonly string[],
): Promise<void> {
  const offered = optionalTemplatesFor(user.role);
  if (offered.length === 0) return;
  const choices = offered.map((template) => ({ template, enabled: wanted.includes(template) }));
  await queryable.transaction(async (tx) => {
    await tx
      .insert(notificationPreferences)
      .values(choices.map((choice) => ({ userId: user.id, ...choice })))
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.template],
        set: { enabled: sql`excluded.enabled`, updatedAt: sql`now()` },
        where: sql`${notificationPreferences.enabled} is distinct from excluded.enabled`,
      });
    await recordAudit(tx, actor, {
      action: "notification.preferencesChanged",
      subjectType: "user",
      subjectId: user.id,
      details: { turnedOff: choices.filter((choice) => !choice.enabled).map((choice) => choice.template) },
    });
  });
}
