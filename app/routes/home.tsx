import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import type { Role } from "~/domain/roles";

/** Where each role starts its day. */
const landingPages: Record<Role, string> = {
  partner: "/contacts",
  mash_screener: "/mash",
  mash_manager: "/mash",
  mash_agency_officer: "/mash/checks",
  early_help_practitioner: "/early-help",
  early_help_manager: "/early-help",
  social_worker: "/early-help/step-downs",
  social_care_manager: "/referrals",
  analyst: "/reports",
  admin: "/admin/users",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  throw redirect(landingPages[user.role]);
}
