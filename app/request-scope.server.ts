import { randomUUID } from "node:crypto";

/**
 * What the loaders and actions of one HTTP request share, such as the session
 * it carries, looked up once.
 *
 * Remix hands its loaders and actions copies of the Request (it strips its
 * own search parameters, and after an action the loaders get a GET of their
 * own), so nothing can be remembered against the Request object; but every
 * copy carries the original's headers. So the server (server/remix-handler.ts)
 * stamps each request with a scope id of its own under `requestScopeHeader`,
 * replacing any a client sent, opens the scope for as long as the request
 * runs, and `oncePerRequest` finds it by that header.
 *
 * (AsyncLocalStorage did this before. On Node 20 it turns on promise hooks for
 * the whole process, and every page's many promises paid for them: about 4%
 * of the lightest page's instructions.)
 *
 * The server and the built app are two module graphs (the build bundles its
 * own copy of this file), so the open scopes are kept on globalThis under a
 * registered symbol that both copies find.
 */
export const requestScopeHeader = "x-front-door-request-scope";

const key = Symbol.for("front-door.request-scopes");
const holder = globalThis as typeof globalThis & { [key]?: Map<string, Map<string, unknown>> };
const scopes = (holder[key] ??= new Map());

/** Opens a scope for a request about to be handed to Remix, stamped on `headers`; call the answer once it is sent. */
export function openRequestScope(headers: Headers): () => void {
  const id = randomUUID();
  headers.set(requestScopeHeader, id);
  scopes.set(id, new Map());
  return () => scopes.delete(id);
}

/** How many scopes are open: none once every request has been answered. */
export function openRequestScopes(): number {
  return scopes.size;
}

/**
 * The value `make` gives, made once per request under `name`. Outside a
 * request (a script, or a test calling a loader itself) it is made each time.
 */
export function oncePerRequest<T>(request: Request, name: string, make: () => T): T {
  const id = request.headers.get(requestScopeHeader);
  const memo = id === null ? undefined : scopes.get(id);
  if (!memo) return make();
  if (!memo.has(name)) memo.set(name, make());
  return memo.get(name) as T;
}
