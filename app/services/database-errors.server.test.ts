import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-errors.server";

function withCode(code: string, message = "failed"): Error {
  return Object.assign(new Error(message), { code });
}

describe("isDatabaseUnavailable", () => {
  it.each([
    "ECONNREFUSED",
    "ECONNRESET",
    "ETIMEDOUT",
    "CONNECTION_CLOSED",
    "CONNECT_TIMEOUT",
    "57P01",
    "57P03",
    "08006",
  ])("recognises %s", (code) => {
    expect(isDatabaseUnavailable(withCode(code))).toBe(true);
  });

  it("looks inside Drizzle's wrapper and Node's AggregateError", () => {
    const wrapped = Object.assign(new Error("Failed query: select 1"), { cause: withCode("ECONNREFUSED") });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([withCode("ECONNREFUSED"), withCode("ECONNREFUSED")]))).toBe(true);
  });

  it("does not mistake a bad query, a constraint or a bug for an outage", () => {
    expect(isDatabaseUnavailable(withCode("23505", "duplicate key value"))).toBe(false);
    expect(isDatabaseUnavailable(withCode("42P01", "relation does not exist"))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(new Response("Not found", { status: 404 }))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
