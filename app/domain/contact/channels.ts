/**
 * How a contact reached the MASH, and who made it. A partner's contact through
 * the portal is `portal`; the MASH records the others (`phone`, `email`,
 * `letter`, `in_person`, `police_notification`) with the time each was
 * actually received; a member of the public's concern made at
 * /report-a-concern is `public_online`.
 */
export const contactChannels = [
  "portal",
  "phone",
  "email",
  "letter",
  "in_person",
  "police_notification",
  "public_online",
] as const;
export type ContactChannel = (typeof contactChannels)[number];

/** The channels a screener can record a contact as received by (the other two make their own contacts). */
export const recordedChannels = [
  "phone",
  "email",
  "letter",
  "in_person",
  "police_notification",
] as const satisfies readonly ContactChannel[];

/**
 * Who made the contact: a professional (from an organisation, known to the
 * portal or not), a named individual (family, acquaintance, the child, other),
 * or someone who would not give their name.
 */
export const referrerKinds = ["professional", "individual", "anonymous"] as const;
export type ReferrerKind = (typeof referrerKinds)[number];

/** A named individual's relationship to the child, as the census splits source 1 into 1A to 1D. */
export const individualRelationships = ["family", "acquaintance", "self", "other"] as const;
export type IndividualRelationship = (typeof individualRelationships)[number];

/**
 * Channels on which a professional's report is asked to be confirmed in
 * writing: Wales requires it within 24 hours of a phoned report, and England's
 * councils commonly ask within 48 hours (`app/domain/mash/policy.ts` holds the
 * council's timescale).
 */
const channelsNeedingWrittenConfirmation = ["phone", "in_person"] as const satisfies readonly ContactChannel[];

export function needsWrittenConfirmation(channel: ContactChannel, referrerKind: ReferrerKind): boolean {
  return referrerKind === "professional" && (channelsNeedingWrittenConfirmation as readonly string[]).includes(channel);
}
