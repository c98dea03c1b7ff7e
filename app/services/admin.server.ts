import { asc, count, eq, sql } from "drizzle-orm";
import { organisations, twoFactorCredentials, users } from "#db/schema";
import { invalidateUserSessions } from "~/auth/session.server";
import { db } from "~/db.server";
import type { OrganisationType } from "~/domain/organisations";
import type { Role } from "~/domain/roles";
import { recordAudit, type AuditActor } from "./audit.server";
import { isUuid } from "~/domain/uuid";

export interface OrganisationInput {
  name: string;
  type: OrganisationType;
  phone?: string;
  email?: string;
}

export async function listOrganisations() {
  return db()
    .select({
      id: organisations.id,
      name: organisations.name,
      type: organisations.type,
      phone: organisations.phone,
      users: count(users.id),
    })
    .from(organisations)
    .leftJoin(users, eq(users.organisationId, organisations.id))
    .groupBy(organisations.id)
    .orderBy(asc(organisations.name));
}

export async function findOrganisation(id: string) {
  if (!isUuid(id)) return null;
  const [found] = await db().select().from(organisations).where(eq(organisations.id, id));
  return found ?? null;
}

/** Creates an organisation (id null) or changes one; names are unique, so a clash is answered, not thrown. */
export async function saveOrganisation(
  actor: AuditActor,
  id: string | null,
  input: OrganisationInput,
): Promise<{ ok: true; id: string } | { ok: false; reason: "nameTaken" }> {
  const values = { name: input.name, type: input.type, phone: input.phone ?? null, email: input.email ?? null };
  return db().transaction(async (tx) => {
    const [clash] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(sql`lower(${organisations.name}) = lower(${input.name})`);
    if (clash && clash.id !== id) return { ok: false as const, reason: "nameTaken" as const };
    const [saved] = id
      ? await tx
          .update(organisations)
          .set({ ...values, updatedAt: new Date() })
          .where(eq(organisations.id, id))
          .returning({ id: organisations.id })
      : await tx.insert(organisations).values(values).returning({ id: organisations.id });
    if (!saved) throw new Response("Not found", { status: 404 });
    await recordAudit(tx, actor, {
      action: id ? "organisation.updated" : "organisation.created",
      subjectType: "organisation",
      subjectId: saved.id,
      details: values,
    });
    return { ok: true as const, id: saved.id };
  });
}

export type UserStatus = "active" | "invited" | "deactivated";

const userColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  jobTitle: users.jobTitle,
  active: users.active,
  invited: sql<boolean>`${users.passwordHash} is null`,
  organisationId: users.organisationId,
  organisationName: organisations.name,
};

function withStatus<Row extends { active: boolean; invited: boolean }>(row: Row): Row & { status: UserStatus } {
  return { ...row, status: !row.active ? "deactivated" : row.invited ? "invited" : "active" };
}

export async function listUsers() {
  const rows = await db()
    .select(userColumns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .orderBy(asc(organisations.name), asc(users.name));
  return rows.map(withStatus);
}

export async function findUser(id: string) {
  if (!isUuid(id)) return null;
  const [found] = await db()
    .select({ ...userColumns, twoFactorEnrolledAt: twoFactorCredentials.enrolledAt })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(twoFactorCredentials, eq(twoFactorCredentials.userId, users.id))
    .where(eq(users.id, id));
  return found ? withStatus(found) : null;
}

/** Moves someone to another role or organisation; their sessions end, so the change applies at once. */
export async function changeUserRole(
  actor: AuditActor,
  userId: string,
  change: { role: Role; organisationId: string; reason: string },
): Promise<void> {
  await db().transaction(async (tx) => {
    const [before] = await tx
      .select({ role: users.role, organisationId: users.organisationId })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!before) throw new Response("Not found", { status: 404 });
    await tx
      .update(users)
      .set({ role: change.role, organisationId: change.organisationId, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await invalidateUserSessions(userId, tx);
    await recordAudit(tx, actor, {
      action: "user.roleChanged",
      subjectType: "user",
      subjectId: userId,
      reason: change.reason,
      details: { from: before, to: { role: change.role, organisationId: change.organisationId } },
    });
  });
}

/** Deactivating ends every session at once; nothing the person recorded is removed. */
export async function setUserActive(actor: AuditActor, userId: string, active: boolean, reason: string | null) {
  await db().transaction(async (tx) => {
    const [changed] = await tx
      .update(users)
      .set({ active, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (!changed) throw new Response("Not found", { status: 404 });
    if (!active) await invalidateUserSessions(userId, tx);
    await recordAudit(tx, actor, {
      action: active ? "user.reactivated" : "user.deactivated",
      subjectType: "user",
      subjectId: userId,
      reason: reason ?? undefined,
    });
  });
}
