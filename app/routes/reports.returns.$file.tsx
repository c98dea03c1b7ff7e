import { Readable } from "node:stream";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/auth/authorise.server";
import { defaultReturnsWindow } from "~/domain/reports/window";
import { todayInLondon } from "~/forms/date-input";
import { parseWindow } from "~/forms/reports/window";
import { auditActor } from "~/services/audit.server";
import { exportReturn, isReturnFile } from "~/services/returns.server";

/** One Annex A list, the whole workbook, or the census extract, for the period in the query string; streamed. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "reports.returns", { context });
  const file = params.file ?? "";
  if (!isReturnFile(file)) throw new Response("Not found", { status: 404 });
  const parsed = parseWindow(new URL(request.url).searchParams, defaultReturnsWindow(todayInLondon()));
  if (parsed.errors.length > 0) throw new Response("Bad request", { status: 400 });
  const download = await exportReturn(auditActor(context, user), file, parsed.window);
  return new Response(Readable.toWeb(download.body) as ReadableStream, {
    headers: {
      "Content-Type": download.contentType,
      "Content-Disposition": `attachment; filename="${download.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
