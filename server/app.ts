import { randomUUID } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type Express } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { ViteDevServer } from "vite";
import { loggableError } from "../app/logging.server";
import { remixHandler } from "./remix-handler";
import { assignNonce, isCrossSiteRequest, noStoreForPages, securityHeaders } from "./security";

interface AppOptions {
  /** How the app is served: Vite with hot reload, or the build. */
  mode: "development" | "production";
  /** NODE_ENV=production: HSTS and upgrade-insecure-requests, whatever the mode. */
  production: boolean;
  /** Express's `trust proxy`: which proxies may name the client in X-Forwarded-For (TRUST_PROXY). */
  trustProxy: false | number | string[];
  logger: Logger;
  /** Origins other than the server's own host that may post forms (the public APP_URL behind a proxy). */
  allowedOrigins: string[];
  isDatabaseUp: () => Promise<boolean>;
}

type BasicsOptions = Pick<AppOptions, "mode" | "production" | "trustProxy" | "logger" | "isDatabaseUp">;

/**
 * What every request meets before the app itself: which address it came from,
 * logging, compression, the security headers and /healthz.
 */
export function useServerBasics(
  app: Express,
  { mode, production, trustProxy, logger, isDatabaseUp }: BasicsOptions,
): void {
  app.disable("x-powered-by");
  // The address the sign-in limit counts and the audit records: the socket's, unless a trusted proxy names another.
  app.set("trust proxy", trustProxy);
  app.use(
    pinoHttp({
      logger,
      genReqId: (request, response) => {
        const id = randomUUID();
        response.setHeader("X-Correlation-Id", id);
        return id;
      },
      // Only the path: query strings can carry names typed into searches.
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          path: request.url.split("?")[0],
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
        err: loggableError,
      },
      autoLogging: { ignore: (request) => request.url?.startsWith("/assets/") ?? false },
    }),
  );
  app.use(compression());
  app.use(assignNonce);
  app.use(securityHeaders({ production, devServer: mode === "development" }));
  app.use(noStoreForPages);

  app.get("/healthz", async (_request, response) => {
    const databaseUp = await isDatabaseUp();
    response
      .status(databaseUp ? 200 : 503)
      .json({ status: databaseUp ? "ok" : "error", database: databaseUp ? "ok" : "unavailable" });
  });
}

/** Where `npm run build` wrote the app; BUILD_DIR must match the build's. */
const buildDirectory = process.env.BUILD_DIR ?? "build";

export async function createApp(options: AppOptions) {
  const { mode, allowedOrigins } = options;
  const viteDevServer: ViteDevServer | undefined =
    mode === "development"
      ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }))
      : undefined;

  const app = express();
  useServerBasics(app, options);

  if (viteDevServer) {
    app.use(viteDevServer.middlewares);
  } else {
    // Every file the browser fetches is under /assets (Vite's fingerprinted bundles, GOV.UK Frontend's fonts and
    // images from public/assets), cached for a year. Nothing else is looked for on disk, so a page costs no lookup.
    const assets = path.resolve(buildDirectory, "client", "assets");
    app.use("/assets", express.static(assets, { immutable: true, maxAge: "1y" }));
  }

  app.use((request, _response, next) => {
    if (isCrossSiteRequest(request, allowedOrigins)) {
      request.log.warn({ origin: request.get("origin") ?? null }, "refused a cross-site request");
      // Answered by the app's own 403 page rather than a bare status.
      request.method = "GET";
      request.url = "/forbidden";
      request.originalUrl = "/forbidden";
    }
    next();
  });

  const build = viteDevServer
    ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
    : ((await import(pathToFileURL(path.resolve(buildDirectory, "server/index.js")).href)) as ServerBuild);

  app.all(
    "*",
    remixHandler({
      build,
      mode,
      getLoadContext: (request, response) => ({
        cspNonce: response.locals.cspNonce as string,
        ipAddress: request.ip ?? "0.0.0.0",
        correlationId: String(request.id),
      }),
    }),
  );
  return { app, close: () => viteDevServer?.close() };
}
