import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { redirectClearingSession } from "~/auth/responses.server";
import { getCurrentUser } from "~/auth/session.server";
import { clientOf, signOut } from "~/auth/sign-in.server";

/** Signing out is a POST (a link could be followed by a prefetch or a crafted page); a GET just goes home. */
export function loader() {
  throw redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await getCurrentUser(request);
  if (user) await signOut(clientOf(request, context), user);
  return redirectClearingSession("/signed-out");
}
