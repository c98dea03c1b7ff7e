import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext, HandleDataRequestFunction, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { config } from "~/config.server";
import { describeError } from "~/logging.server";
import { refuseTestNhsNumbers } from "~/forms/nhs-number";
import { NonceProvider } from "~/nonce";
import { isDatabaseUnavailable } from "~/services/database-errors.server";

const streamTimeout = 5_000;

/** Requests that failed because the database could not be reached: answered 503, not 500. */
const databaseAway = new WeakSet<AppLoadContext>();

/**
 * A page that could not reach the database is "Sorry, there is a problem with
 * the service" with 503 (and Retry-After), so that a proxy, a monitor and the
 * browser all know it is temporary; any other error is logged and stays a 500.
 */
export const handleError: HandleErrorFunction = (error, { context, request }) => {
  if (request.signal.aborted) return;
  if (isDatabaseUnavailable(error)) {
    databaseAway.add(context);
    return;
  }
  console.error(describeError(error));
};

function statusFor(status: number, headers: Headers, context: AppLoadContext): number {
  if (status < 500 || !databaseAway.has(context)) return status;
  headers.set("Retry-After", "30");
  return 503;
}

export const handleDataRequest: HandleDataRequestFunction = (response, { context }) => {
  const status = statusFor(response.status, response.headers, context);
  return status === response.status
    ? response
    : new Response(response.body, { status, statusText: "Service Unavailable", headers: response.headers });
};

// An NHS number from the 999 test range is always a mistake in production: it names no child.
if (config().NODE_ENV === "production") refuseTestNhsNumbers();

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  responseStatusCode = statusFor(responseStatusCode, responseHeaders, loadContext);
  const nonce = loadContext.cspNonce;
  // Bots and JavaScript-off browsers get the whole page at once; others get it streamed.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough();
          // Once sent (or abandoned: React stops when its destination closes), nothing is left to abort, and a timer
          // left running would keep the page's render, loader data included, in memory for its whole delay.
          body.on("close", () => clearTimeout(timeout));
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          clearTimeout(timeout);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(describeError(error));
        },
      },
    );
    const timeout = setTimeout(abort, streamTimeout + 1_000);
  });
}
