/** Each user has exactly one role; permissions are decided from it in `app/auth/permissions`. */
export const roles = [
  "partner",
  "mash_screener",
  "mash_manager",
  "mash_agency_officer",
  "early_help_practitioner",
  "early_help_manager",
  "social_worker",
  "social_care_manager",
  "analyst",
  "admin",
] as const;
export type Role = (typeof roles)[number];
