/**
 * The council running this instance. A council deploying Front Door edits this
 * file; nothing else in the code names a council or a phone number.
 */
export const council = {
  name: "Northmoor Council",
  mashPhone: "01632 960200",
  mashOutOfHoursPhone: "01632 960999",
  /** The social care teams a referral can be allocated to: Annex A's "Allocated Team". */
  socialCareTeams: ["Assessment Team North", "Assessment Team South", "Children with Disabilities Team"],
} as const;
