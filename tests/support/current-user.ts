import { eq } from "drizzle-orm";
import type { CurrentUser } from "~/auth/session.server";
import type { AuditActor } from "~/services/audit.server";
import type { Database } from "#db/connection";
import { organisations, users } from "#db/schema";

/**
 * A user as the session gives them to a page and a service: the one way the
 * tests, their fixtures and the end-to-end fixtures act as someone.
 */
export async function currentUser(db: Database, email: string): Promise<CurrentUser> {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationType: organisations.type,
      jobTitle: users.jobTitle,
      phone: users.phone,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.email, email));
  if (!row) throw new Error(`No user ${email}: seed the database first`);
  return { ...row, sessionId: "test-session" };
}

/** Who did it, for a service called directly: the user, from the test's own address. */
export function actorFor(user: CurrentUser): AuditActor {
  return {
    user: { id: user.id, role: user.role, organisationId: user.organisationId },
    ipAddress: "127.0.0.1",
    correlationId: "test",
  };
}
