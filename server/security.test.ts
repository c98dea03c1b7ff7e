import type { Request } from "express";
import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./security";

function request(method: string, headers: Record<string, string>): Request {
  const lower = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
  return { method, get: (name: string) => lower[name.toLowerCase()] } as unknown as Request;
}

describe("isCrossSiteRequest", () => {
  const host = { Host: "frontdoor.example" };

  it("lets reads through whatever their origin", () => {
    expect(isCrossSiteRequest(request("GET", { ...host, Origin: "https://evil.example" }), [])).toBe(false);
  });

  it("accepts a post from the service's own pages", () => {
    expect(
      isCrossSiteRequest(
        request("POST", { ...host, Origin: "https://frontdoor.example", "Sec-Fetch-Site": "same-origin" }),
        [],
      ),
    ).toBe(false);
  });

  it("refuses a post from another site", () => {
    expect(isCrossSiteRequest(request("POST", { ...host, Origin: "https://evil.example" }), [])).toBe(true);
  });

  it("refuses a post the browser marks as cross-site, even with a forged-looking origin", () => {
    expect(
      isCrossSiteRequest(
        request("POST", { ...host, Origin: "https://frontdoor.example", "Sec-Fetch-Site": "cross-site" }),
        [],
      ),
    ).toBe(true);
  });

  it("refuses a post without an Origin header", () => {
    expect(isCrossSiteRequest(request("POST", host), [])).toBe(true);
  });

  it("accepts the public address configured for a proxy in front of the app", () => {
    expect(
      isCrossSiteRequest(request("POST", { Host: "internal:3000", Origin: "https://frontdoor.northmoor.gov.uk" }), [
        "https://frontdoor.northmoor.gov.uk",
      ]),
    ).toBe(false);
  });
});
