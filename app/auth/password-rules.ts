/** NCSC and NIST advice: long, no composition rules, and not a password attackers try first. */
export const passwordMinLength = 12;
export const passwordMaxLength = 256;
