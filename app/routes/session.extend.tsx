import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { extendSession, requireUser } from "~/auth/session.server";

/** "Stay signed in" on the timeout warning posts here: the idle timeout starts again. */
export async function action({ request }: ActionFunctionArgs) {
  await extendSession(await requireUser(request));
  return { extended: true };
}

export function loader() {
  throw redirect("/account");
}
