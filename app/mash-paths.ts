/** Typed URL builders for the MASH pages, so that no page spells a path by hand. */

export type QueueSearch = Partial<
  Record<"rag" | "status" | "source" | "assignee" | "overdue" | "confirmation", string>
> & {
  notice?: Notice;
};

/** A success message a page shows after a redirect: only these names are recognised. */
const notices = [
  "claimed",
  "released",
  "assigned",
  "rated",
  "linked",
  "unlinked",
  "personCreated",
  "checkRequested",
  "decisionRecorded",
  "decisionAwaitingSignOff",
  "signOffApproved",
  "signOffReturned",
  "checkAnswered",
  "personCorrected",
  "personsMerged",
  "mergeUndone",
  "recorded",
  "sourceCorrected",
  "confirmationRecorded",
] as const;
export type Notice = (typeof notices)[number];

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export const mashPaths = {
  queue: (search: QueueSearch = {}) => withQuery("/mash", search),
  /** The intake page for a contact received by phone, email, letter, in person or as a police notification. */
  recordContact: () => "/mash/contacts/new",
  /** The compact form for police notifications, one after another. */
  policeNotification: (recorded?: { reference: string; linked: boolean }) =>
    withQuery("/mash/police-notifications/new", {
      recorded: recorded?.reference,
      linked: recorded?.linked ? "yes" : undefined,
    }),
  contact: (reference: string, notice?: Notice) => withQuery(`/mash/contacts/${reference}`, { notice }),
  assign: (reference: string) => `/mash/contacts/${reference}/assign`,
  referralSource: (reference: string) => `/mash/contacts/${reference}/source`,
  writtenConfirmation: (reference: string) => `/mash/contacts/${reference}/confirmation`,
  newCheck: (reference: string) => `/mash/contacts/${reference}/checks/new`,
  decision: (reference: string) => `/mash/contacts/${reference}/decision`,
  signOff: (reference: string) => `/mash/contacts/${reference}/sign-off`,
  findPerson: (reference: string, childId: string, q?: string) =>
    withQuery(`/mash/contacts/${reference}/children/${childId}/find`, { q }),
  unlink: (reference: string, childId: string) => `/mash/contacts/${reference}/children/${childId}/unlink`,
  signOffList: (notice?: Notice) => withQuery("/mash/sign-off", { notice }),
  checks: (notice?: Notice) => withQuery("/mash/checks", { notice }),
  check: (checkId: string) => `/mash/checks/${checkId}`,
  person: (personId: string, notice?: Notice) => withQuery(`/mash/persons/${personId}`, { notice }),
  correctPerson: (personId: string) => `/mash/persons/${personId}/correct`,
  mergePersons: (keptId: string, mergedId: string) => `/mash/persons/${keptId}/merge/${mergedId}`,
  undoMerge: (personId: string, mergeId: string) => `/mash/persons/${personId}/merges/${mergeId}/undo`,
  /** The referrer's own page for their contact, which the decision email links to. */
  referrerContact: (reference: string) => `/contacts/${reference}`,
};

export function readNotice(url: string | URL): Notice | undefined {
  const value = new URL(url).searchParams.get("notice");
  return notices.find((notice) => notice === value);
}
