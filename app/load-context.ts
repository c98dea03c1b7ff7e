/** What the Express server hands every loader and action, besides the request. */
declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    /** The client's address as Express saw it (behind a proxy, with `trust proxy` set). */
    ipAddress: string;
    /** Ties the request's log line to the audit events it wrote. */
    correlationId: string;
  }
  interface Future {
    v3_singleFetch: true;
  }
}

export {};
