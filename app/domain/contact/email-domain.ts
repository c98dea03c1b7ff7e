/** The part of an email address after its last "@", in lower case; undefined when there is none. */
function domainOf(email: string): string | undefined {
  const at = email.lastIndexOf("@");
  const domain =
    at > 0
      ? email
          .slice(at + 1)
          .trim()
          .toLowerCase()
      : "";
  return domain === "" ? undefined : domain;
}

/**
 * Whether an address is at the same email domain as one of `known`: the MASH
 * invites a professional who phoned to make an account only at their
 * organisation's own domain, so a mistyped or personal address is never
 * given a view of the organisation's contacts.
 */
export function sameEmailDomain(email: string, known: readonly string[]): boolean {
  const domain = domainOf(email);
  return domain !== undefined && known.some((other) => domainOf(other) === domain);
}
