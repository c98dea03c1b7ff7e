/** Joins class names, skipping the ones that are not wanted. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
