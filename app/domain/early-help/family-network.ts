import { calendarDate, type IsoDate } from "./calendar-date";
import type { EarlyHelpMessageKey, FieldError } from "./validation";

/**
 * Family group decision making: the family and their network meet to make a
 * plan of their own. Councils offer a family group conference (with an
 * independent coordinator) or a lighter family network meeting.
 */
export const networkMeetingTypes = ["family_group_conference", "family_network_meeting"] as const;
export type NetworkMeetingType = (typeof networkMeetingTypes)[number];

export const networkMeetingTypeLabels = {
  family_group_conference: "earlyHelp.familyNetwork.type.familyGroupConference",
  family_network_meeting: "earlyHelp.familyNetwork.type.familyNetworkMeeting",
} as const satisfies Record<NetworkMeetingType, EarlyHelpMessageKey>;

/** Each step needs the one before it: a meeting cannot be held that the family did not accept. */
export type NetworkMeeting =
  | { offered: false }
  | { offered: true; type: NetworkMeetingType; accepted: "yes" | "no" | "not_yet"; heldOn: IsoDate | null };

export type NetworkMeetingStage = "not_offered" | "offered" | "declined" | "accepted" | "held";

export const networkMeetingStageLabels = {
  not_offered: "earlyHelp.familyNetwork.stage.notOffered",
  offered: "earlyHelp.familyNetwork.stage.offered",
  declined: "earlyHelp.familyNetwork.stage.declined",
  accepted: "earlyHelp.familyNetwork.stage.accepted",
  held: "earlyHelp.familyNetwork.stage.held",
} as const satisfies Record<NetworkMeetingStage, EarlyHelpMessageKey>;

export function networkMeetingStage(meeting: NetworkMeeting | null): NetworkMeetingStage {
  if (meeting === null || !meeting.offered) return "not_offered";
  if (meeting.accepted === "no") return "declined";
  if (meeting.accepted === "not_yet") return "offered";
  return meeting.heldOn === null ? "accepted" : "held";
}

/** A held meeting happened during the plan, so its date is between the plan's start and today. */
export function validateNetworkMeeting(meeting: NetworkMeeting, plan: { startedOn: IsoDate }, now: Date): FieldError[] {
  if (!meeting.offered || meeting.heldOn === null) return [];
  if (meeting.accepted !== "yes") return [{ field: "heldOn", key: "earlyHelp.familyNetwork.error.notAccepted" }];
  if (meeting.heldOn > calendarDate(now))
    return [{ field: "heldOn", key: "earlyHelp.familyNetwork.error.heldInFuture" }];
  if (meeting.heldOn < plan.startedOn) {
    return [{ field: "heldOn", key: "earlyHelp.familyNetwork.error.heldBeforePlanStart" }];
  }
  return [];
}
