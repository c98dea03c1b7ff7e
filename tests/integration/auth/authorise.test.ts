import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents } from "#db/schema";
import { notFoundOutsideOrganisation, requirePermission } from "~/auth/authorise.server";
import { permissionDeniedBody } from "~/auth/permissions";
import { getCurrentUser } from "~/auth/session.server";
import { createUser, signedInCookie, testContext, testRequest } from "#tests/support/auth-factories";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();

async function thrownBy(promise: Promise<unknown>): Promise<Response> {
  const thrown = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(Response);
  return thrown as Response;
}

describe("requirePermission", () => {
  it("returns the user when their role allows the action", async () => {
    const admin = await createUser(db(), { role: "admin" });
    const request = testRequest("/admin/users", { cookie: await signedInCookie(db(), admin) });
    expect((await requirePermission(request, "admin.users", { context: testContext })).id).toBe(admin.id);
  });

  it("refuses any other role with a 403, and audits the refusal", async () => {
    const partner = await createUser(db(), { role: "partner" });
    const request = testRequest("/admin/users", { cookie: await signedInCookie(db(), partner) });
    const response = await thrownBy(requirePermission(request, "admin.users", { context: testContext }));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe(permissionDeniedBody);
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.userId, partner.id), eq(auditEvents.action, "access.denied")));
    expect(event?.details).toEqual({ permission: "admin.users", path: "/admin/users" });
    expect(event?.ipAddress).toBe("127.0.0.1");
  });

  it("sends someone not signed in to sign in", async () => {
    const response = await thrownBy(requirePermission(testRequest("/admin/users"), "admin.users"));
    expect(response.headers.get("location")).toBe("/sign-in?redirectTo=%2Fadmin%2Fusers");
  });
});

describe("a partner guessing another organisation's record", () => {
  it("gets a 404, as if it did not exist, and the attempt is audited", async () => {
    const partner = await createUser(db(), { role: "partner" });
    const user = (await getCurrentUser(
      testRequest("/contacts/FD-000123", { cookie: await signedInCookie(db(), partner) }),
    ))!;
    const personId = "0b6e0a8c-1d2e-4f3a-9b8c-7d6e5f4a3b2c";
    const response = await thrownBy(
      notFoundOutsideOrganisation(testContext, user, { type: "contact", id: "FD-000123", personId }),
    );
    expect(response.status).toBe(404);
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.userId, partner.id), eq(auditEvents.action, "access.deniedOtherOrganisation")));
    expect(event).toMatchObject({
      subjectType: "contact",
      subjectId: "FD-000123",
      personId,
      organisationId: partner.organisationId,
    });
  });
});
