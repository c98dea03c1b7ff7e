import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";

/**
 * "Stay signed in" on the timeout warning posts here. Any signed-in request
 * slides the idle expiry forward; this one does nothing else.
 */
export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request);
  return { extended: true };
}

export function loader() {
  throw redirect("/account");
}
