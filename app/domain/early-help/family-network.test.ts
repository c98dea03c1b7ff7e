import { describe, expect, it } from "vitest";
import { networkMeetingStage, validateNetworkMeeting, type NetworkMeeting } from "./family-network";
import { on } from "./test-support";

const held: NetworkMeeting = { offered: true, type: "family_network_meeting", accepted: "yes", heldOn: "2025-02-03" };

describe("networkMeetingStage", () => {
  it("follows the meeting from offer to held", () => {
    expect(networkMeetingStage(null)).toBe("not_offered");
    expect(networkMeetingStage({ offered: false })).toBe("not_offered");
    expect(networkMeetingStage({ ...held, accepted: "not_yet", heldOn: null })).toBe("offered");
    expect(networkMeetingStage({ ...held, accepted: "no", heldOn: null })).toBe("declined");
    expect(networkMeetingStage({ ...held, heldOn: null })).toBe("accepted");
    expect(networkMeetingStage(held)).toBe("held");
  });
});

describe("validateNetworkMeeting", () => {
  const plan = { startedOn: "2025-01-06" };

  it("accepts a meeting held during the plan", () => {
    expect(validateNetworkMeeting(held, plan, on("2025-02-03"))).toEqual([]);
  });

  it("refuses a meeting held in the future, before the plan, or without the family's agreement", () => {
    expect(validateNetworkMeeting(held, plan, on("2025-02-02"))).toEqual([
      { field: "heldOn", key: "earlyHelp.familyNetwork.error.heldInFuture" },
    ]);
    expect(validateNetworkMeeting({ ...held, heldOn: "2025-01-05" }, plan, on("2025-02-03"))).toEqual([
      { field: "heldOn", key: "earlyHelp.familyNetwork.error.heldBeforePlanStart" },
    ]);
    expect(validateNetworkMeeting({ ...held, accepted: "no" }, plan, on("2025-02-03"))).toEqual([
      { field: "heldOn", key: "earlyHelp.familyNetwork.error.notAccepted" },
    ]);
  });
});
