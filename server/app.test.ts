import type { AddressInfo } from "node:net";
import express from "express";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { readConfig } from "../app/config.server";
import { useServerBasics } from "./app";

function configOf(environment: Record<string, string>) {
  return readConfig({ NODE_ENV: "test", ...environment });
}

const servers: { close: () => void }[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/** The server's basics with one page that shows the address the app would count and audit. */
async function serve(environment: Record<string, string>, mode: "development" | "production" = "production") {
  const config = configOf(environment);
  const app = express();
  useServerBasics(app, {
    mode,
    production: config.NODE_ENV === "production",
    trustProxy: config.TRUST_PROXY,
    logger: pino({ level: "silent" }),
    isDatabaseUp: async () => true,
  });
  app.get("/address", (request, response) => {
    response.send(request.ip);
  });
  const server = app.listen(0, "127.0.0.1");
  servers.push(server);
  await new Promise((resolve) => server.once("listening", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("which address a request came from", () => {
  it("is the connection's, whatever X-Forwarded-For says, unless TRUST_PROXY is set", async () => {
    const url = await serve({});
    const answer = await fetch(`${url}/address`, { headers: { "X-Forwarded-For": "203.0.113.9" } });
    expect(await answer.text()).toBe("127.0.0.1");
  });

  it("is the one a trusted proxy names", async () => {
    const url = await serve({ TRUST_PROXY: "loopback" });
    const answer = await fetch(`${url}/address`, { headers: { "X-Forwarded-For": "198.51.100.7, 203.0.113.9" } });
    expect(await answer.text()).toBe("203.0.113.9");
  });

  it("counts proxies from the server outwards, so a client cannot add one of its own", async () => {
    const url = await serve({ TRUST_PROXY: "1" });
    const answer = await fetch(`${url}/address`, { headers: { "X-Forwarded-For": "198.51.100.7, 203.0.113.9" } });
    expect(await answer.text()).toBe("203.0.113.9");
  });
});

describe("TRUST_PROXY", () => {
  it("is off by default", () => {
    expect(configOf({}).TRUST_PROXY).toBe(false);
    expect(configOf({ TRUST_PROXY: "false" }).TRUST_PROXY).toBe(false);
  });

  it("takes a number of proxies, or their addresses and subnets", () => {
    expect(configOf({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(configOf({ TRUST_PROXY: "10.0.0.1, 10.1.0.0/16, ::1, loopback" }).TRUST_PROXY).toEqual([
      "10.0.0.1",
      "10.1.0.0/16",
      "::1",
      "loopback",
    ]);
  });

  it("refuses `true`, which would believe any client, and names what is wrong", () => {
    expect(() => configOf({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY: .*not "true"/);
    expect(() => configOf({ TRUST_PROXY: "10.0.0.0/40" })).toThrow(/TRUST_PROXY/);
  });
});

describe("HTTPS headers", () => {
  it("are sent when NODE_ENV is production, even with the app served by Vite", async () => {
    const url = await serve({ NODE_ENV: "production", SMTP_URL: "smtp://127.0.0.1:25" }, "development");
    const answer = await fetch(`${url}/address`);
    expect(answer.headers.get("strict-transport-security")).toContain("max-age=");
    expect(answer.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("are not sent to a built app outside production (the test suites are plain http)", async () => {
    const url = await serve({ NODE_ENV: "test" }, "production");
    const answer = await fetch(`${url}/address`);
    expect(answer.headers.get("strict-transport-security")).toBeNull();
    expect(answer.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
  });
});
