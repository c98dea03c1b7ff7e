import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as adminHome from "~/routes/admin.users._index";
import { createUser, signedInCookie, testContext, testRequest, type TestUser } from "#tests/support/auth-factories";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
let admin: TestUser;

beforeAll(async () => {
  admin = await createUser(db(), { role: "admin", twoFactor: false });
});

afterEach(() => {
  vi.useRealTimers();
});

async function adminHomeOn(now: Date) {
  vi.useFakeTimers({ toFake: ["Date"], now });
  const cookie = await signedInCookie(db(), admin);
  return adminHome.loader({ request: testRequest("/admin/users", { cookie }), context: testContext, params: {} });
}

describe("the admin home's bank-holiday banner", () => {
  it("shows when the bank-holiday file covers less than 12 months ahead", async () => {
    expect((await adminHomeOn(new Date("2028-03-01T09:00:00Z"))).holidaysShort).toEqual({
      coveredUntil: "2028-12-31",
      monthsAhead: 9,
    });
  });

  it("stays away while a year or more is covered", async () => {
    expect((await adminHomeOn(new Date("2026-12-07T09:00:00Z"))).holidaysShort).toBeNull();
  });
});
