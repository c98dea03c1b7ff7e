import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What the loaders and actions of one HTTP request share, such as the session
 * it carries, looked up once.
 *
 * Remix gives each loader of a page its own copy of the Request (it strips its
 * own search parameters first), so nothing can be remembered against the
 * Request object. Instead the server (server/remix-handler.ts) runs the whole
 * of each request inside `runInRequestScope`, and everything called from it
 * finds the same scope through AsyncLocalStorage.
 *
 * The server and the built app are two module graphs (the build bundles its
 * own copy of this file), so the one AsyncLocalStorage is kept on globalThis
 * under a registered symbol that both copies find.
 */
interface RequestScope {
  readonly memo: Map<string, unknown>;
}

const key = Symbol.for("front-door.request-scope");
const holder = globalThis as typeof globalThis & { [key]?: AsyncLocalStorage<RequestScope> };
const storage = (holder[key] ??= new AsyncLocalStorage<RequestScope>());

export function runInRequestScope<T>(work: () => T): T {
  return storage.run({ memo: new Map() }, work);
}

/**
 * The value `make` gives, made once per request under `name`. Outside a
 * request (a script, or a test calling a loader itself) it is made each time.
 */
export function oncePerRequest<T>(name: string, make: () => T): T {
  const memo = storage.getStore()?.memo;
  if (!memo) return make();
  if (!memo.has(name)) memo.set(name, make());
  return memo.get(name) as T;
}
