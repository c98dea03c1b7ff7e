/**
 * Long lists are shown a page at a time. These helpers turn `?page=` into a
 * safe page number and choose which page links GOV.UK's pagination shows.
 */

export const defaultPageSize = 25;

export interface PageRequest {
  page: number;
  pageSize: number;
}

/** Lists count this far and no further; nobody pages through more, and counting more costs more than the page. */
export const countCap = 10_000;

export interface Paged<T> {
  items: T[];
  page: number;
  pageCount: number;
  /** At most `countCap`; `more` says there are more than that. */
  total: number;
  more: boolean;
}

/** The page asked for in the address; anything that is not a whole number from 1 means the first. */
export function pageRequest(url: URL | string, pageSize = defaultPageSize): PageRequest {
  const raw = new URL(url).searchParams.get("page") ?? "";
  const page = /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return { page: Math.max(page, 1), pageSize };
}

/** How many pages `total` items fill, at least one so an empty list still has a page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A page past the end shows the last page rather than an empty list. */
export function clampPage(request: PageRequest, total: number): PageRequest & { offset: number } {
  const page = Math.min(request.page, pageCount(total, request.pageSize));
  return { ...request, page, offset: (page - 1) * request.pageSize };
}

export type PaginationItem = { page: number } | "ellipsis";

/**
 * GOV.UK's pattern: the first and last pages, the current page and its
 * neighbours, with an ellipsis for each gap of more than one page.
 */
export function paginationItems(current: number, count: number): PaginationItem[] {
  const wanted = new Set([1, current - 1, current, current + 1, count]);
  const pages = [...wanted].filter((page) => page >= 1 && page <= count).sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  for (const [index, page] of pages.entries()) {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous === 2) items.push({ page: previous + 1 });
    else if (previous !== undefined && page - previous > 2) items.push("ellipsis");
    items.push({ page });
  }
  return items;
}
