import { redirect } from "@remix-run/node";
import { clearedSessionCookie, sessionCookie } from "./session.server";

/** Redirects and sets the cookie of a session just created: the only way a new token reaches the browser. */
export function redirectWithSession(to: string, token: string): Response {
  return redirect(to, { headers: { "Set-Cookie": sessionCookie(token) } });
}

export function redirectClearingSession(to: string): Response {
  return redirect(to, { headers: { "Set-Cookie": clearedSessionCookie() } });
}

/** Whole minutes until a lock ends, never "0 minutes". */
export function minutesUntil(until: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
}
