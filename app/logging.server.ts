/**
 * What an error may put in the logs: its kind, its message, a code, its stack
 * frames and its cause, and nothing else. A thrown error can carry a great deal
 * more (drizzle's carries the query's parameters, which are people's names and
 * dates of birth, in its message; PostgreSQL's `detail` quotes the row; an
 * error from a client library may hold the client, its options and their
 * passwords), and pino and console.error would print all of it.
 */
export interface LoggableError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  cause?: LoggableError;
}

const maximumCauses = 3;

/** drizzle's DrizzleQueryError says "Failed query: <sql>\nparams: <values>"; the values stay out. */
function withoutParameters(message: string): string {
  const at = message.search(/\nparams: /);
  return at === -1 ? message : message.slice(0, at);
}

export function loggableError(value: unknown, depth = 0): LoggableError {
  // pino-http hands its error serializer pino's own serialisation, with the error itself as `raw`.
  if (!(value instanceof Error) && typeof value === "object" && value !== null && "raw" in value) {
    value = (value as { raw: unknown }).raw;
  }
  if (!(value instanceof Error)) {
    if (typeof value === "string") return { type: "string", message: withoutParameters(value) };
    // Never the object itself: it may be a client, a request or a configuration.
    const kind = typeof value === "object" && value !== null ? (value.constructor?.name ?? "Object") : typeof value;
    return { type: kind, message: `a value of type ${kind} was thrown instead of an Error` };
  }
  const message = withoutParameters(value.message);
  const frames = (value.stack ?? "")
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .join("\n");
  const code = (value as { code?: unknown }).code;
  return {
    type: value.constructor?.name ?? value.name,
    message,
    ...(typeof code === "string" || typeof code === "number" ? { code: String(code) } : {}),
    ...(frames ? { stack: `${value.name}: ${message}\n${frames}` } : {}),
    ...(value.cause !== undefined && depth < maximumCauses ? { cause: loggableError(value.cause, depth + 1) } : {}),
  };
}

/** For console.error, where pino is not at hand (Remix's error handlers). */
export function describeError(value: unknown): string {
  const error = loggableError(value);
  const lines = [error.stack ?? `${error.type}: ${error.message}`];
  for (let cause = error.cause; cause; cause = cause.cause) {
    lines.push(`Caused by: ${cause.stack ?? `${cause.type}: ${cause.message}`}`);
  }
  return lines.join("\n");
}
