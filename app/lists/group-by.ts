/**
 * Rows grouped by a key, each group in the rows' order, in one pass. A list
 * that gathers each item's rows by filtering all of them costs items × rows:
 * at a council's scale, thousands of plans against tens of thousands of
 * reviews, seconds for one page.
 */
export function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
