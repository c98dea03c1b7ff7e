import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

describe("safeRedirect", () => {
  it.each([
    ["/contacts", "/contacts"],
    ["/contacts/FD-123?tab=history", "/contacts/FD-123?tab=history"],
    ["/mash#queue", "/mash#queue"],
    ["/early-help/plans/../plans", "/early-help/plans"],
  ])("keeps the path %j on this site", (to, expected) => {
    expect(safeRedirect(to)).toBe(expected);
  });

  it.each([
    ["an absolute address", "https://other.example/"],
    ["a protocol-relative address", "//other.example"],
    ["a tab that a browser drops", "/\t/other.example"],
    ["a newline that a browser drops", "/\n/other.example"],
    ["a carriage return", "/\r/other.example"],
    ["a backslash read as a slash", "/\\other.example"],
    ["a backslash after the slash", "\\/other.example"],
    ["a tab before the slashes", "\t//other.example"],
    ["a NUL byte", "/contacts\u0000"],
    ["a scheme", "javascript:alert(1)"],
    ["a relative path", "contacts"],
    ["nothing", ""],
    ["a path whose dot segments climb to a host", "/.//other.example"],
  ])("refuses %s", (_label, to) => {
    expect(safeRedirect(to)).toBe("/home");
  });

  it("keeps encoded characters encoded, so they stay part of the path", () => {
    expect(safeRedirect("/%09/other.example")).toBe("/%09/other.example");
    expect(safeRedirect("/%5Cother.example")).toBe("/%5Cother.example");
    expect(safeRedirect("/%2F%2Fother.example")).toBe("/%2F%2Fother.example");
  });

  it("refuses what is not a string", () => {
    expect(safeRedirect(null)).toBe("/home");
    expect(safeRedirect(undefined, "/mash")).toBe("/mash");
  });
});
