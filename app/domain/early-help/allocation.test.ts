import { describe, expect, it } from "vitest";
import { validateAllocation } from "./allocation";

describe("validateAllocation", () => {
  it("needs a lead professional", () => {
    expect(validateAllocation({ kind: "early_help" }, { leadProfessionalId: null, socialWorkerId: null })).toEqual([
      { field: "leadProfessionalId", key: "earlyHelp.allocation.error.leadProfessionalRequired" },
    ]);
  });

  it("needs no social worker on a Family Help plan", () => {
    expect(validateAllocation({ kind: "family_help" }, { leadProfessionalId: "user-1", socialWorkerId: null })).toEqual(
      [],
    );
  });

  it("needs a social worker alongside the lead practitioner on a child in need plan", () => {
    expect(
      validateAllocation({ kind: "child_in_need" }, { leadProfessionalId: "user-1", socialWorkerId: null }),
    ).toEqual([{ field: "socialWorkerId", key: "earlyHelp.allocation.error.socialWorkerRequired" }]);
  });

  it("lets one social worker be both on a child in need plan", () => {
    expect(
      validateAllocation({ kind: "child_in_need" }, { leadProfessionalId: "user-9", socialWorkerId: "user-9" }),
    ).toEqual([]);
  });
});
