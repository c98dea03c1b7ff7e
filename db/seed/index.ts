import { sql } from "drizzle-orm";
import { hashPassword } from "../../app/auth/password.server";
import type { Database } from "../connection";
import { organisations, twoFactorCredentials, users } from "../schema";
import { demoAccounts } from "./demo-accounts";
import { demoOrganisations } from "./demo-organisations";
import { seedDemoPeople } from "./demo-people";
import { demoAccountHasTwoFactor, demoTotpSecret } from "./demo-two-factor";

export class DemoSeedRefused extends Error {}

/**
 * Fills an empty database with the fictional council. Deterministic: the same
 * organisations, people and records every time, so demos and tests agree.
 */
export async function seedDemoData(
  db: Database,
  options: { password: string; nodeEnv: string; partnerTwoFactorRequired?: boolean },
): Promise<"seeded" | "already-seeded"> {
  if (options.nodeEnv === "production") {
    throw new DemoSeedRefused("Demo users are never created when NODE_ENV=production.");
  }
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(organisations);
  if (count > 0) return "already-seeded";

  const passwordHash = await hashPassword(options.password);
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(organisations)
      .values(demoOrganisations.map(({ key: _key, ...organisation }) => organisation))
      .returning({ id: organisations.id, name: organisations.name });
    const idByKey = new Map(
      demoOrganisations.map((organisation) => [
        organisation.key,
        inserted.find((row) => row.name === organisation.name)!.id,
      ]),
    );
    const insertedUsers = await tx
      .insert(users)
      .values(
        demoAccounts.map((account) => ({
          organisationId: idByKey.get(account.organisation)!,
          role: account.role,
          name: account.name,
          email: account.email,
          jobTitle: account.jobTitle,
          phone: account.phone,
          passwordHash,
        })),
      )
      .returning({ id: users.id, email: users.email, role: users.role });
    const enrolled = insertedUsers.filter((user) =>
      demoAccountHasTwoFactor(user.role, options.partnerTwoFactorRequired ?? true),
    );
    if (enrolled.length > 0) {
      await tx
        .insert(twoFactorCredentials)
        .values(
          enrolled.map((user) => ({ userId: user.id, secret: demoTotpSecret(user.email), enrolledAt: new Date() })),
        );
    }
    await seedDemoPeople(tx, {
      screenerEmail: "screener@northmoor-mash.example",
      users: demoAccounts.map((account) => {
        const user = insertedUsers.find((candidate) => candidate.email === account.email)!;
        const organisation = demoOrganisations.find((candidate) => candidate.key === account.organisation)!;
        return {
          id: user.id,
          email: account.email,
          name: account.name,
          organisationId: idByKey.get(account.organisation)!,
          organisationName: organisation.name,
        };
      }),
    });
  });
  return "seeded";
}
