import { describe, expect, it } from "vitest";
import { isUuid } from "./uuid";

describe("isUuid", () => {
  it.each([
    "0b8e3f0e-6a52-4a8e-9d1b-2f4f5d6c7a80",
    "0B8E3F0E-6A52-4A8E-9D1B-2F4F5D6C7A80",
    "00000000-0000-0000-0000-000000000000",
    // PostgreSQL stores any version, not only the random (version 4) ids it makes.
    "11111111-1111-1111-1111-111111111111",
  ])("accepts %s", (value) => {
    expect(isUuid(value)).toBe(true);
  });

  it.each([
    "",
    "new",
    "0b8e3f0e6a524a8e9d1b2f4f5d6c7a80",
    "0b8e3f0e-6a52-4a8e-9d1b-2f4f5d6c7a8",
    "0b8e3f0e-6a52-4a8e-9d1b-2f4f5d6c7a80 ",
    "0b8e3f0e-6a52-4a8e-9d1b-2f4f5d6c7a80/../x",
    "{0b8e3f0e-6a52-4a8e-9d1b-2f4f5d6c7a80}",
    "0g8e3f0e-6a52-4a8e-9d1b-2f4f5d6c7a80",
  ])("refuses %j", (value) => {
    expect(isUuid(value)).toBe(false);
  });

  it("refuses anything that is not text", () => {
    expect(isUuid(undefined)).toBe(false);
    expect(isUuid(null)).toBe(false);
    expect(isUuid(42)).toBe(false);
  });
});
