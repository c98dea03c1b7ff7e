import type { LoaderFunctionArgs } from "@remix-run/node";

/**
 * The server sends a request it refused before the app saw it here (a body
 * that is not a form, or too large), so it is shown the service's own page
 * with the refusal's status.
 */
export function loader({ params }: LoaderFunctionArgs) {
  const status = params.status === "413" ? 413 : params.status === "400" ? 400 : 404;
  throw new Response(null, { status });
}

export default function RequestRefused() {
  return null;
}
