import { randomUUID } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { ViteDevServer } from "vite";
import { assignNonce, isCrossSiteRequest, noStoreForPages, securityHeaders } from "./security";

interface AppOptions {
  mode: "development" | "production";
  logger: Logger;
  /** Origins other than the server's own host that may post forms (the public APP_URL behind a proxy). */
  allowedOrigins: string[];
  isDatabaseUp: () => Promise<boolean>;
}

/** Where `npm run build` wrote the app; BUILD_DIR must match the build's. */
const buildDirectory = process.env.BUILD_DIR ?? "build";

export async function createApp({ mode, logger, allowedOrigins, isDatabaseUp }: AppOptions) {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", 1);

  const viteDevServer: ViteDevServer | undefined =
    mode === "development"
      ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }))
      : undefined;

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
      },
      autoLogging: { ignore: (request) => request.url?.startsWith("/assets/") ?? false },
    }),
  );
  app.use(compression());
  app.use(assignNonce);
  app.use(securityHeaders({ production: mode === "production" }));
  app.use(noStoreForPages);

  app.get("/healthz", async (_request, response) => {
    const databaseUp = await isDatabaseUp();
    response
      .status(databaseUp ? 200 : 503)
      .json({ status: databaseUp ? "ok" : "error", database: databaseUp ? "ok" : "unavailable" });
  });

  if (viteDevServer) {
    app.use(viteDevServer.middlewares);
  } else {
    const client = path.resolve(buildDirectory, "client");
    // Vite fingerprints everything under /assets, so it can be cached for a year.
    app.use("/assets", express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y" }));
    app.use(express.static(client, { maxAge: "1h" }));
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
    createRequestHandler({
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
