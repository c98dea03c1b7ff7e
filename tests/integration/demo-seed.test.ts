import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "~/auth/password.server";
import { roles } from "~/domain/roles";
import { DemoSeedRefused, seedDemoData } from "#db/seed";
import { organisations, users } from "#db/schema";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
const password = "a demo password for tests";

describe("the demo seed", () => {
  it("refuses to create demo users in production", async () => {
    await expect(seedDemoData(db(), { password, nodeEnv: "production" })).rejects.toBeInstanceOf(DemoSeedRefused);
    const [{ count } = { count: -1 }] = await db()
      .select({ count: sql<number>`count(*)::int` })
      .from(users);
    expect(count).toBe(0);
  });

  it("creates the fictional council with a demo user for every role, once", async () => {
    expect(await seedDemoData(db(), { password, nodeEnv: "development" })).toBe("seeded");
    expect(await seedDemoData(db(), { password, nodeEnv: "development" })).toBe("already-seeded");

    const seededRoles = new Set((await db().select({ role: users.role }).from(users)).map((user) => user.role));
    expect([...seededRoles].sort()).toEqual([...roles].sort());
    const types = (await db().select({ type: organisations.type }).from(organisations)).map(
      (organisation) => organisation.type,
    );
    expect(types).toEqual(
      expect.arrayContaining([
        "school",
        "early_years",
        "health_visiting",
        "gp",
        "emergency_department",
        "police",
        "mash",
        "early_help",
        "social_care",
      ]),
    );

    const [someone] = await db().select().from(users).limit(1);
    expect(someone?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(someone!.passwordHash!, password)).toBe(true);
  });
});
