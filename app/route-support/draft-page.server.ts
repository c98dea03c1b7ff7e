import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type AppLoadContext, type LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { requirePermission } from "~/auth/authorise.server";
import type { CurrentUser } from "~/auth/session.server";
import {
  isPageAvailable,
  isReadyToSubmit,
  nextPage,
  type ContactDraftAnswers,
  type JourneyContext,
  type PageRef,
  type QuestionPageRef,
} from "~/domain/contact/journey";
import { saveAndReturnIntent } from "~/forms/form-intents";
import { can } from "~/auth/permissions";
import { mashPaths } from "~/mash-paths";
import { paths, readReturnTo, type ReturnTo } from "~/paths";
import { auditActor } from "~/services/audit.server";
import {
  draftPageKey,
  keepUnsavedInput,
  openDraft,
  saveDraftPage,
  type OpenDraft,
} from "~/services/contact-drafts.server";
import { isDatabaseUnavailable } from "~/services/database-errors.server";
import { databaseUnavailableReply, errorReply } from "~/forms/reply.server";

/**
 * The route side of every question page of the contact journey, so that each
 * page file only says which page it is, which schema checks it, and where its
 * answer goes. Loaders: authorise, find the referrer's own draft, and send
 * them to the task list if the page cannot be answered yet. Actions: parse
 * with the page's schema, save in one transaction, go to the next page.
 */

export interface RouteArgs {
  request: Request;
  params: LoaderFunctionArgs["params"];
  context: AppLoadContext;
}

export interface DraftPage {
  user: CurrentUser;
  draft: OpenDraft;
  page: QuestionPageRef;
  returnTo?: ReturnTo;
  /** What was typed on this page last time but not saved, if anything: shown again in preference to the saved answer. */
  unsavedInput?: Record<string, unknown>;
}

/** The referrer's own draft, still open; a submitted one sends them to the contact it became. */
export async function requireDraft({
  request,
  params,
  context,
}: RouteArgs): Promise<{ user: CurrentUser; draft: OpenDraft }> {
  const user = await requirePermission(request, "contact.draft", { context });
  const lookup = await openDraft(user, params.draftId ?? "");
  if (lookup.outcome === "not-found") throw new Response("Not found", { status: 404 });
  if (lookup.outcome === "submitted") {
    throw redirect(can(user, "mash.screen") ? mashPaths.contact(lookup.reference) : paths.contact(lookup.reference));
  }
  return { user, draft: lookup.draft };
}

export async function requireDraftPage(args: RouteArgs, page: QuestionPageRef): Promise<DraftPage> {
  const { user, draft } = await requireDraft(args);
  const { request } = args;
  if (!isPageAvailable(draft.answers, page, draft.context)) throw redirect(paths.draft(draft.id));
  const unsaved = draft.unsavedInput[draftPageKey(page)];
  return {
    user,
    draft,
    page,
    returnTo: readReturnTo(request.url),
    unsavedInput: typeof unsaved === "object" && unsaved !== null ? (unsaved as Record<string, unknown>) : undefined,
  };
}

/**
 * A child's or adult's number in the address ("/children/2") as an index; -1
 * for anything else, which no page accepts, so the referrer is sent to the
 * task list (after the usual checks of who they are and whose draft it is).
 */
export function indexFromNumber(text: string | undefined): number {
  return text && /^[1-9]\d{0,2}$/.test(text) ? Number(text) - 1 : -1;
}

interface SaveOptions<Schema extends z.ZodType> {
  schema: (draft: OpenDraft) => Schema;
  save: (answers: ContactDraftAnswers, value: z.output<Schema>, context: JourneyContext) => ContactDraftAnswers;
}

/**
 * Handles a question page's form. Returns Conform's reply when the answers
 * have errors (after keeping what was typed on the draft), or when the
 * database cannot be reached (then nothing is saved and the page says so);
 * otherwise redirects to the next page. "Save and come back later" saves what
 * is valid, keeps what is not, and returns to the list of contacts.
 */
export async function saveDraftPageAction<Schema extends z.ZodType>(
  args: RouteArgs,
  page: QuestionPageRef,
  options: SaveOptions<Schema>,
) {
  const formData = await args.request.formData();
  try {
    const found = await requireDraftPage(args, page);
    const { user, draft } = found;
    const returnTo = found.returnTo ?? (formData.get("returnTo") === "check-answers" ? "check-answers" : undefined);
    const actor = auditActor(args.context, user);
    const submission = parseWithZod(formData, { schema: options.schema(draft) });
    const leaving = formData.get("intent") === saveAndReturnIntent;

    if (submission.status !== "success") {
      const { intent: _intent, ...typed } = (submission.payload ?? {}) as Record<string, unknown>;
      await keepUnsavedInput(actor, user, draft.id, page, typed);
      if (leaving) throw redirect(draftHome(draft.answers));
      return errorReply(submission);
    }
    const saved = await saveDraftPage(actor, user, draft.id, page, (answers, context) =>
      options.save(answers, submission.value, context),
    );
    if (saved.outcome === "not-found") throw new Response("Not found", { status: 404 });
    if (saved.outcome === "submitted") {
      throw redirect(draft.answers.intake ? mashPaths.contact(saved.reference) : paths.contact(saved.reference));
    }
    if (leaving) throw redirect(draftHome(draft.answers));
    throw redirect(pathAfterSaving(draft.id, saved.answers, page, saved.context, returnTo));
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableReply(formData);
    throw error;
  }
}

/**
 * The journey's next page. A referrer who came from "check your answers"
 * goes back there as soon as everything is answered again; until then they
 * follow the journey, and the way back to "check your answers" goes with them.
 */
export function pathAfterSaving(
  draftId: string,
  answers: ContactDraftAnswers,
  page: QuestionPageRef,
  context: JourneyContext,
  returnTo?: ReturnTo,
): string {
  if (returnTo === "check-answers" && isReadyToSubmit(answers, context)) {
    return paths.draftPage(draftId, { page: "check-answers" });
  }
  const next: PageRef = nextPage(answers, page, context) ?? { page: "check-answers" };
  return paths.draftPage(draftId, next, { returnTo: next.page === "task-list" ? undefined : returnTo });
}

/** Where "Back" goes from a question page: check your answers if the referrer came from there, else the task list. */
export function backPath(draftId: string, returnTo?: ReturnTo): string {
  return returnTo === "check-answers"
    ? paths.draftPage(draftId, { page: "check-answers" })
    : paths.draftPage(draftId, { page: "task-list" });
}

/** For pages that repeat: keeps an answer list in step when one entry is saved (a new one goes on the end). */
export function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  const copy = [...list];
  copy[index] = value;
  return copy;
}

/** Where a draft's "back" and "your contacts" links go: the partner's contact list, or the MASH's page for recording contacts. */
export function draftHome(answers: ContactDraftAnswers): string {
  return answers.intake ? mashPaths.recordContact() : paths.contacts();
}
