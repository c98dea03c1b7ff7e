/** A child or person as people say their name; an unnamed baby by the family name. */
export function displayName(person: { firstName: string | null; lastName: string }): string {
  return [person.firstName, person.lastName].filter(Boolean).join(" ");
}
