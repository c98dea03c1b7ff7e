import { describe, expect, it } from "vitest";
import { actions, can } from "./permissions";

const school = "school-organisation";
const partner = { role: "partner", organisationId: school } as const;

describe("can", () => {
  it("lets partners make contacts and see their own organisation's, but no other organisation's", () => {
    expect(can(partner, "contact.create")).toBe(true);
    expect(can(partner, "contact.viewOwnOrganisation", { organisationId: school })).toBe(true);
    expect(can(partner, "contact.viewOwnOrganisation", { organisationId: "another-school" })).toBe(false);
  });

  it("lets the council's teams work across organisations, within their role", () => {
    const screener = { role: "mash_screener", organisationId: "mash" } as const;
    expect(can(screener, "mash.screen", { organisationId: school })).toBe(true);
    expect(can(screener, "mash.signOff")).toBe(false);
    expect(can({ role: "mash_manager", organisationId: "mash" }, "mash.signOff")).toBe(true);
  });

  it("keeps administration to administrators, and administrators out of children's records", () => {
    const admin = { role: "admin", organisationId: "council" } as const;
    expect(can(admin, "admin.users")).toBe(true);
    expect(can(admin, "mash.screen")).toBe(false);
    expect(can(admin, "contact.viewOwnOrganisation", { organisationId: "council" })).toBe(false);
    expect(can(partner, "admin.audit")).toBe(false);
  });

  it("lets everyone manage their own account", () => {
    for (const role of ["partner", "admin", "social_worker"] as const) {
      expect(can({ role, organisationId: "x" }, "account.manage")).toBe(true);
    }
  });

  it("knows every action it is asked about", () => {
    expect(new Set(actions).size).toBe(actions.length);
  });
});
