import { pageSegment, type PageRef } from "~/domain/contact/journey";

/**
 * Typed URL builders for the contact journey, the contact list and the
 * threshold pages, so that no page spells a path by hand. Children and adults
 * are numbered from 1 in addresses, as people count them.
 */

export type ReturnTo = "check-answers";

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export const paths = {
  home: () => "/",
  signOut: () => "/sign-out",
  signedOut: (options: { timedOut?: boolean } = {}) =>
    withQuery("/signed-out", { timedOut: options.timedOut ? "true" : undefined }),
  extendSession: () => "/session/extend",
  accessibility: () => "/accessibility",
  privacy: () => "/privacy",
  adminOrganisations: () => "/admin/organisations",
  thresholds: (search: { q?: string; domain?: string; level?: string } = {}) => withQuery("/thresholds", search),
  adminThresholds: (query: { published?: string } = {}) => withQuery("/admin/thresholds", query),
  adminThresholdDocument: (documentId: string) => `/admin/thresholds/${documentId}`,
  publicConcern: () => "/report-a-concern",
  publicConcernSent: (reference?: string) => withQuery("/report-a-concern/sent", { reference }),
  contacts: () => "/contacts",
  newContact: () => "/contacts/new",
  contact: (reference: string) => `/contacts/${reference}`,
  contactConfirmation: (reference: string) => `/contacts/${reference}/confirmation`,
  draft: (draftId: string) => `/contacts/drafts/${draftId}`,
  /** "Are you sure you want to remove…?" for one child or adult. */
  removeFromDraft: (draftId: string, entry: { page: "child" | "adult"; index: number }) =>
    `/contacts/drafts/${draftId}/${pageSegment(entry)}/remove`,
  draftPage: (draftId: string, page: PageRef, options: { returnTo?: ReturnTo } = {}): string => {
    const base = `/contacts/drafts/${draftId}`;
    if (page.page === "task-list") return base;
    return withQuery(`${base}/${pageSegment(page)}`, { returnTo: options.returnTo });
  },
};

export function readReturnTo(url: string | URL): ReturnTo | undefined {
  return new URL(url).searchParams.get("returnTo") === "check-answers" ? "check-answers" : undefined;
}
