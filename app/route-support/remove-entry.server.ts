import { parseWithZod } from "@conform-to/zod/v4";
import { redirect } from "@remix-run/node";
import { auditActor } from "~/services/audit.server";
import { removeDraftEntry } from "~/services/contact-drafts.server";
import { isDatabaseUnavailable } from "~/services/database-errors.server";
import { removeAdultSchema, removeChildSchema } from "~/forms/contact/add-another";
import { paths } from "~/paths";
import { databaseUnavailableReply } from "~/forms/reply.server";
import { indexFromNumber, requireDraftPage, type RouteArgs } from "./draft-page.server";
import { errorReply } from "~/forms/reply.server";

/**
 * "Are you sure you want to remove…?" for a child or an adult, the last step
 * of GOV.UK's add another pattern. After removing, the referrer is back at the
 * list (or, with no children left, at the first child's page).
 */

type Kind = "child" | "adult";

const schemas = { child: removeChildSchema, adult: removeAdultSchema };

async function requireEntry(args: RouteArgs, kind: Kind, number: string | undefined) {
  const page = { page: kind, index: indexFromNumber(number) };
  const found = await requireDraftPage(args, page);
  const list = kind === "child" ? found.draft.answers.children : found.draft.answers.adults;
  const listPath = paths.draftPage(found.draft.id, { page: kind === "child" ? "children" : "adults" });
  if (page.index >= list.length) throw redirect(listPath);
  return { ...found, page, listPath };
}

export async function removeEntryLoader(args: RouteArgs, kind: Kind, number: string | undefined) {
  const { draft, page, listPath } = await requireEntry(args, kind, number);
  return {
    listPath,
    child: kind === "child" ? draft.answers.children[page.index] : undefined,
    adult: kind === "adult" ? draft.answers.adults[page.index] : undefined,
  };
}

export async function removeEntryAction(args: RouteArgs, kind: Kind, number: string | undefined) {
  const formData = await args.request.formData();
  try {
    const { user, draft, page, listPath } = await requireEntry(args, kind, number);
    const submission = parseWithZod(formData, { schema: schemas[kind] });
    if (submission.status !== "success") return errorReply(submission);
    if (submission.value.remove === "no") throw redirect(listPath);
    const removed = await removeDraftEntry(auditActor(args.context, user), user, draft.id, page);
    if (removed.outcome === "not-found") throw new Response("Not found", { status: 404 });
    if (removed.outcome === "submitted") throw redirect(paths.contact(removed.reference));
    const noChildrenLeft = kind === "child" && removed.answers.children.length === 0;
    throw redirect(noChildrenLeft ? paths.draftPage(draft.id, { page: "child", index: 0 }) : listPath);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableReply(formData);
    throw error;
  }
}
