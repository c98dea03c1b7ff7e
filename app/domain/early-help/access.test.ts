import { describe, expect, it } from "vitest";
import { canRequestStepUp, planAccess, type PlanPeople } from "./access";

const people: PlanPeople = {
  leadProfessionalId: "lead",
  socialWorkerId: "social-worker",
  teamUserIds: ["health-visitor"],
  steppedDownBy: "handing-over",
};

describe("planAccess", () => {
  it("lets the lead professional and the plan's social worker change the plan", () => {
    expect(planAccess({ id: "lead", role: "partner" }, people)).toBe("edit");
    expect(planAccess({ id: "social-worker", role: "social_worker" }, people)).toBe("edit");
  });

  it("lets team members with an account, and the social worker who stepped the family down, read it", () => {
    expect(planAccess({ id: "health-visitor", role: "partner" }, people)).toBe("view");
    expect(planAccess({ id: "handing-over", role: "social_worker" }, people)).toBe("view");
  });

  it("lets the early help team work on any plan", () => {
    expect(planAccess({ id: "someone", role: "early_help_practitioner" }, people)).toBe("edit");
    expect(planAccess({ id: "someone", role: "early_help_manager" }, people)).toBe("edit");
  });

  it("shuts out a partner who is not on the plan, and everyone else", () => {
    expect(planAccess({ id: "other-school", role: "partner" }, people)).toBe("none");
    expect(planAccess({ id: "screener", role: "mash_screener" }, people)).toBe("none");
    expect(planAccess({ id: "another-social-worker", role: "social_worker" }, people)).toBe("none");
  });
});

describe("canRequestStepUp", () => {
  it("is the lead professional's call, or the early help manager's", () => {
    expect(canRequestStepUp({ id: "lead", role: "partner" }, people)).toBe(true);
    expect(canRequestStepUp({ id: "manager", role: "early_help_manager" }, people)).toBe(true);
    expect(canRequestStepUp({ id: "health-visitor", role: "partner" }, people)).toBe(false);
    expect(canRequestStepUp({ id: "practitioner", role: "early_help_practitioner" }, people)).toBe(false);
  });
});
