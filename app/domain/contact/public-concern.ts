import type { IndividualRelationship } from "./channels";

/**
 * What a member of the public tells the MASH at /report-a-concern, kept on
 * the contact as they wrote it. Plain questions only: no threshold
 * descriptors, no levels.
 */
export interface PublicConcernAnswers {
  child: {
    firstName?: string;
    lastName?: string;
    /** What they know of the child's age, in their own words ("about 6", "born March 2019"). */
    age?: string;
    /** Where the child lives or can be found, as they describe it. */
    whereTheyLive?: string;
    postcode?: string;
    schoolOrSetting?: string;
  };
  worry: string;
  /** Who is reporting: anonymous, or named with a relationship and at least one way to reach them. */
  reporter:
    | { anonymous: true }
    | {
        anonymous: false;
        name: string;
        relationship: IndividualRelationship;
        phone?: string;
        email?: string;
      };
}
