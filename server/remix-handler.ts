import { createRequestHandler, type AppLoadContext, type ServerBuild } from "@remix-run/node";
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import { openRequestScope } from "../app/request-scope.server";
import { refusalPath, refusalText, screenRequest } from "./request-guard";

/**
 * Remix's Express adapter, with every request screened first
 * (`screenRequest`): the app reads a body already checked and cleaned, and a
 * refused page request is shown the service's own page for its status. Each
 * request opens a scope of its own, which its loaders and actions share, and
 * closes it once answered (app/request-scope.server.ts).
 */
export function remixHandler(options: {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: string;
  getLoadContext: (request: ExpressRequest, response: ExpressResponse) => AppLoadContext;
}) {
  const handle = createRequestHandler(options.build, options.mode);
  return async (request: ExpressRequest, response: ExpressResponse, next: NextFunction) => {
    const headers = headersOf(request);
    const closeScope = openRequestScope(headers);
    try {
      const incoming = toFetchRequest(request, response, headers);
      const screened = await screenRequest(incoming);
      const context = options.getLoadContext(request, response);
      if (screened instanceof Request) {
        await send(response, await handle(screened, context));
        return;
      }
      request.log.warn({ status: screened }, "refused a request before the app");
      // The rest of a refused body is read and thrown away as it arrives (Node drains an unread body once the
      // answer is sent), never kept. Closing the connection instead would leave unread bytes behind, and the
      // reset that follows can reach the sender before the answer does, so they would never see the page.
      if (new URL(incoming.url).pathname.endsWith(".data")) {
        response.status(screened).type("text/plain").send(refusalText[screened]);
        return;
      }
      const page = new Request(new URL(refusalPath(screened), incoming.url), { headers, signal: incoming.signal });
      await send(response, await handle(page, context));
    } catch (error) {
      next(error);
    } finally {
      closeScope();
    }
  };
}

function headersOf(request: ExpressRequest): Headers {
  const headers = new Headers();
  for (const [name, values] of Object.entries(request.headers)) {
    for (const value of Array.isArray(values) ? values : values ? [values] : []) headers.append(name, value);
  }
  return headers;
}

/**
 * The request body as a stream the screen can stop reading: cancelling it
 * lets the rest arrive and be thrown away, rather than cutting the connection
 * before the answer is sent.
 */
function bodyOf(request: ExpressRequest): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      request.on("data", (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) request.pause();
      });
      request.on("end", () => controller.close());
      request.on("error", (error) => controller.error(error));
      request.pause();
    },
    pull() {
      request.resume();
    },
    cancel() {
      request.removeAllListeners("data");
      request.resume();
    },
  });
}

function toFetchRequest(request: ExpressRequest, response: ExpressResponse, headers: Headers): Request {
  const url = new URL(`${request.protocol}://${request.get("host") ?? "localhost"}${request.originalUrl}`);
  let controller: AbortController | null = new AbortController();
  // Stop loaders and actions once the answer can no longer be sent.
  response.on("finish", () => (controller = null));
  response.on("close", () => controller?.abort());
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(url.href, {
    method: request.method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: bodyOf(request), duplex: "half" } : {}),
  } as RequestInit);
}

async function send(response: ExpressResponse, answer: Response): Promise<void> {
  response.statusMessage = answer.statusText;
  response.status(answer.status);
  for (const [name, value] of answer.headers.entries()) response.append(name, value);
  if (answer.body) await writeBody(answer.body, response);
  else response.end();
}

/**
 * A page's body as it arrives, flushed once a turn of the event loop rather
 * than after every chunk as Remix's own adapter does. React writes a page in
 * 2 KB chunks, all in one turn; flushing the compression after each one sent
 * a browser the queue page in 21 KB of gzip rather than 10, for more CPU.
 * A part that arrives later (a streamed answer) is still flushed as it comes.
 */
async function writeBody(body: ReadableStream<Uint8Array>, response: ExpressResponse): Promise<void> {
  const reader = body.getReader();
  let flushPending = false;
  const flush = () => {
    flushPending = false;
    if (!response.writableEnded) (response as ExpressResponse & { flush?: () => void }).flush?.();
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      response.write(value);
      if (!flushPending) {
        flushPending = true;
        setImmediate(flush);
      }
    }
    response.end();
  } catch (error) {
    response.destroy(error as Error);
    throw error;
  }
}
