import { adultSchema, type AdultAnswers } from "~/forms/contact/adult";
import { childSchema, type ChildAnswers } from "~/forms/contact/child";
import { paths, type ReturnTo } from "~/paths";
import {
  backPath,
  indexFromNumber,
  replaceAt,
  requireDraftPage,
  saveDraftPageAction,
  type RouteArgs,
} from "./draft-page.server";

/**
 * The pages of one child or one adult on a draft, and their links from the
 * list, the middle steps of GOV.UK's add another pattern. Children and adults
 * are kept alike: each is found by its number in the address ("/children/2"),
 * and a new one goes on the end of its list.
 */

type Kind = "child" | "adult";
type Entry<K extends Kind> = K extends "child" ? ChildAnswers : AdultAnswers;

const lists = {
  child: { answers: "children", addAnother: "addAnotherChild", schema: childSchema },
  adult: { answers: "adults", addAnother: "addAnotherAdult", schema: adultSchema },
} as const;

function entryPage(kind: Kind, number: string | undefined) {
  return { page: kind, index: indexFromNumber(number) };
}

/** Each listed child's or adult's "Change" and "Remove" links, in the list's order. */
export function entryLinks(draftId: string, kind: Kind, count: number, returnTo?: ReturnTo) {
  return Array.from({ length: count }, (_entry, index) => ({
    changeHref: paths.draftPage(draftId, { page: kind, index }, { returnTo }),
    removeHref: paths.removeFromDraft(draftId, { page: kind, index }),
  }));
}

/** One child's or adult's page: its number, the way back, and what was typed last time or else what was saved. */
export async function entryPageLoader<K extends Kind>(
  args: RouteArgs,
  kind: K,
  number: string | undefined,
  formValues: (saved: Entry<K> | undefined) => Record<string, unknown>,
) {
  const page = entryPage(kind, number);
  const { draft, returnTo, unsavedInput } = await requireDraftPage(args, page);
  const saved = draft.answers[lists[kind].answers][page.index] as Entry<K> | undefined;
  return {
    number: page.index + 1,
    back: backPath(draft.id, returnTo),
    defaultValue: unsavedInput ?? formValues(saved),
  };
}

export function saveEntryAction(args: RouteArgs, kind: Kind, number: string | undefined) {
  const page = entryPage(kind, number);
  const { answers: list, addAnother, schema } = lists[kind];
  return saveDraftPageAction(args, page, {
    schema: () => schema,
    save: (answers, entry) => ({
      ...answers,
      [list]: replaceAt<ChildAnswers | AdultAnswers>(answers[list], page.index, entry),
      // A new child or adult answers "add another?": it is asked again under the list.
      ...(page.index === answers[list].length ? { [addAnother]: undefined } : {}),
    }),
  });
}
