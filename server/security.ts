import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";

export function assignNonce(_request: Request, response: Response, next: NextFunction) {
  response.locals.cspNonce = randomBytes(16).toString("base64");
  next();
}

/**
 * Security headers. Scripts run only with this request's nonce (no
 * 'unsafe-inline'); the page can never be framed. HSTS and
 * upgrade-insecure-requests only when NODE_ENV is production, whichever way
 * the app was built, because development and the test suites are plain http;
 * the Vite dev server's websocket only in development mode.
 */
export function securityHeaders(options: { production: boolean; devServer: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", (_request, response) => `'nonce-${(response as Response).locals.cspNonce}'`],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": options.devServer ? ["'self'", "ws://localhost:*", "ws://127.0.0.1:*"] : ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        ...(options.production ? { "upgrade-insecure-requests": [] } : {}),
      },
    },
    strictTransportSecurity: options.production
      ? { maxAge: 63_072_000, includeSubDomains: true, preload: true }
      : false,
    // "same-origin": no address (which can name a child's record) ever leaves for another site, yet a form
    // posted with JavaScript off still carries its real Origin, which "no-referrer" turns into "null" and
    // the cross-site checks (ours and Remix's) then refuse.
    referrerPolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * Pages show personal data about children: nothing is kept by the browser or a
 * proxy, except fingerprinted assets, which are public and never change.
 */
export function noStoreForPages(request: Request, response: Response, next: NextFunction) {
  if (!request.path.startsWith("/assets/")) response.setHeader("Cache-Control", "no-store");
  next();
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery defence for every state-changing request: the
 * browser must say the request came from this site. SameSite=Lax cookies are
 * the first wall; this is the second, and it also refuses requests that carry
 * no Origin at all (modern browsers always send one on POST).
 */
export function isCrossSiteRequest(request: Request, allowedOrigins: string[]): boolean {
  if (safeMethods.has(request.method)) return false;
  const fetchSite = request.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = request.get("origin");
  if (!origin) return true;
  const host = request.get("host");
  const sameHost = host !== undefined && URL.canParse(origin) && new URL(origin).host === host;
  return !(sameHost || allowedOrigins.includes(origin));
}
