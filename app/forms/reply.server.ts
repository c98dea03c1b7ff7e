import type { Submission, SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import { z } from "zod";
import { databaseUnavailableKey } from "./form-intents";

/**
 * Every form action answers a problem the same way: Conform's reply (the
 * messages and everything typed) with status 400. A 4xx answer also tells
 * Remix not to run the page's loaders again, so the page stays exactly as it
 * was drawn, with what was typed, rather than being replaced.
 */

type ReplyOptions = Parameters<Submission<unknown>["reply"]>[0];

export function errorReply<Schema>(submission: Submission<Schema>, options?: ReplyOptions) {
  return data(submission.reply(options), { status: 400 });
}

/** The answers were fine but the database could not be reached: nothing was saved, the page keeps what was typed. */
export function databaseUnavailableReply(formData: FormData) {
  return data(databaseUnavailableResult(formData), { status: 503 });
}

function databaseUnavailableResult(formData: FormData): SubmissionResult<string[]> {
  return parseWithZod(formData, { schema: z.any() }).reply({ formErrors: [databaseUnavailableKey] });
}

/**
 * A MASH use-case refused the change because of where the record now stands
 * (someone else claimed the contact, it was decided meanwhile): status 409,
 * the reason above the form and what was typed kept. A record that is not
 * there, or not this user's to see, is a 404 like any other.
 */
export function refusalReply<Schema>(submission: Submission<Schema>, refusal: { error: string }) {
  if (refusal.error === "notFound") throw new Response("Not found", { status: 404 });
  return data(submission.reply({ formErrors: [refusal.error] }), { status: 409 });
}
