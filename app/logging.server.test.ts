import { Writable } from "node:stream";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { describeError, loggableError } from "./logging.server";

const secret = "correct-horse-battery-staple";
const child = "Amelia Smith";

function logged(write: (logger: pino.Logger) => void): string {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  write(pino({ serializers: { err: loggableError } }, stream));
  return text;
}

describe("what an error puts in the logs", () => {
  it("keeps a failed query's SQL and the database's code, not its parameters or the row it quotes", () => {
    const database = Object.assign(new Error("duplicate key value violates unique constraint"), {
      code: "23505",
      detail: `Key (name)=(${child}) already exists.`,
    });
    const error = new DrizzleQueryError("insert into persons (name) values ($1)", [child], database);
    const text = JSON.stringify(loggableError(error)) + describeError(error);
    expect(text).toContain("Failed query: insert into persons (name) values ($1)");
    expect(text).toContain("23505");
    expect(text).not.toContain(child);
  });

  it("never writes a whole client, request or configuration, thrown or attached", () => {
    const client = { options: { host: "db", pass: secret }, connect() {} };
    const failure = Object.assign(new Error("write CONNECTION_CLOSED db:5432"), { code: "CONNECTION_CLOSED", client });
    const text = logged((logger) => {
      logger.error({ err: failure }, "a query failed");
      logger.error({ err: client }, "something threw a client");
      logger.error({ err: new Error("outer", { cause: failure }) }, "with a cause");
    });
    expect(text).toContain("CONNECTION_CLOSED");
    expect(text).toContain("a value of type Object was thrown instead of an Error");
    expect(text).not.toContain(secret);
    expect(describeError(client)).not.toContain(secret);
  });
});
