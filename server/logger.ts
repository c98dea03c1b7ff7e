import { pino, type Logger } from "pino";
import type { Config } from "../app/config.server";
import { loggableError } from "../app/logging.server";

/**
 * Every process's logger: errors are written as their kind, message, code,
 * stack and cause only (app/logging.server.ts), and a request's cookie and
 * authorisation headers are never written. Log an error as `{ err: error }`;
 * never a whole client, request or configuration.
 */
export function createLogger(config: Pick<Config, "LOG_LEVEL">): Logger {
  return pino({
    level: config.LOG_LEVEL,
    serializers: { err: loggableError },
    redact: ["req.headers.cookie", "req.headers.authorization"],
  });
}
