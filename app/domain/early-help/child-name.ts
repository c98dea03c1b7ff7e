/** A child as people say their name; an unborn baby may have only a family name. */
export function childName(child: { firstName: string | null; lastName: string }): string {
  return [child.firstName, child.lastName].filter(Boolean).join(" ");
}
