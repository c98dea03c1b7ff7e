import { maxThresholdFileBytes } from "../app/forms/thresholds/upload";

/** Every form's body: the longest contact, every box filled to its limit, is well under this. */
export const formBodyLimitBytes = 256 * 1024;

/**
 * Routes that take a file, each with its own limit. The threshold document
 * page itself refuses a file over 2 MB with an error on the field; a body
 * past this limit is not read at all.
 */
const uploadBodyLimits: Record<string, number> = {
  "/admin/thresholds": 2 * maxThresholdFileBytes,
};

/**
 * Pages open to anyone get a tighter limit: the public concern form at its
 * longest (every box full of three-byte characters, percent-encoded) is
 * under 64 KB.
 */
const publicFormBodyLimits: Record<string, number> = {
  "/report-a-concern": 64 * 1024,
};

export function bodyLimitFor(pathname: string): number {
  const path = pathname.replace(/\.data$/, "");
  return uploadBodyLimits[path] ?? publicFormBodyLimits[path] ?? formBodyLimitBytes;
}

export type Refusal = 400 | 404 | 413;

const formTypes = ["application/x-www-form-urlencoded", "multipart/form-data"];

/** Any control character (NUL, newline, ...) in a path is never an address of this service. */
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u001f\u007f]/;

function pathIsReadable(pathname: string): boolean {
  try {
    return !controlCharacter.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

function withoutNul(text: string): string {
  return text.replaceAll("\u0000", "");
}

/**
 * A NUL byte is never typed by a person and PostgreSQL refuses it in text, so
 * it is dropped from every name and value; everything else is kept as sent.
 */
function cleanSearchParams(params: URLSearchParams): URLSearchParams {
  const clean = new URLSearchParams();
  for (const [name, value] of params) clean.append(withoutNul(name), withoutNul(value));
  return clean;
}

function cleanFormData(form: FormData): FormData {
  const clean = new FormData();
  for (const [name, value] of form) {
    clean.append(withoutNul(name), typeof value === "string" ? withoutNul(value) : value);
  }
  return clean;
}

/** Reads a body, counting as it arrives: past the limit it stops reading and answers null, having kept no more. */
async function readWithin(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}

/**
 * Checks a request before the app sees it, so that no input can reach a
 * loader or action in a shape that would make it fail with a 500:
 *
 * - an address with a control character or broken percent-encoding is not found (404);
 * - a body must be within its route's limit (413), checked as it streams in, so a huge body
 *   is never held in memory;
 * - a body must be a form, URL-encoded or multipart (400);
 * - NUL bytes are dropped from the query and from every form field, the rest kept as sent.
 *
 * Answers the request the app should handle, read and cleaned, or the refusal.
 */
export async function screenRequest(request: Request): Promise<Request | Refusal> {
  const url = new URL(request.url);
  if (!pathIsReadable(url.pathname)) return 404;
  if (url.search.includes("%00")) url.search = cleanSearchParams(url.searchParams).toString();
  const declared = request.headers.get("content-length");
  const limit = bodyLimitFor(url.pathname);
  if (declared !== null && Number(declared) > limit) return 413;
  if (request.method === "GET" || request.method === "HEAD") {
    return url.href === request.url ? request : new Request(url, request);
  }
  const raw = request.body ? await readWithin(request.body, limit) : new Uint8Array();
  if (raw === null) return 413;
  const headers = new Headers(request.headers);
  // The body is sent afresh from what was read: its own length and type replace the client's.
  for (const name of ["content-length", "content-type", "transfer-encoding"]) headers.delete(name);
  // Nothing sent reads as an empty form, so the page answers with its usual errors.
  if (raw.byteLength === 0) {
    return new Request(url, { method: request.method, headers, body: new URLSearchParams(), signal: request.signal });
  }
  const contentType = request.headers.get("content-type") ?? "";
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (!formTypes.includes(type)) return 400;
  let body: URLSearchParams | FormData;
  if (type === "application/x-www-form-urlencoded") {
    body = cleanSearchParams(new URLSearchParams(new TextDecoder().decode(raw)));
  } else {
    try {
      body = cleanFormData(await new Response(raw, { headers: { "content-type": contentType } }).formData());
    } catch {
      return 400;
    }
  }
  return new Request(url, { method: request.method, headers, body, signal: request.signal });
}

/** Where a refused page request is shown the service's own page, with the refusal's status. */
export function refusalPath(refusal: Refusal): string {
  return refusal === 404 ? "/page-not-found" : `/request-refused/${refusal}`;
}

export const refusalText: Record<Refusal, string> = {
  400: "The service could not read what was sent.",
  404: "Page not found.",
  413: "What was sent is too large.",
};
