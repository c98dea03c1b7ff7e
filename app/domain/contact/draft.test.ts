import { describe, expect, it } from "vitest";
import { draftExpiresAt, emptyDraft, isDraftExpired, isDraftExpiring } from "./draft";

const updatedAt = new Date("2026-03-01T10:00:00Z");
const daysLater = (days: number) => new Date(updatedAt.getTime() + days * 24 * 60 * 60 * 1000);

describe("draft lifecycle", () => {
  it("starts empty, with no children or adults", () => {
    expect(emptyDraft()).toEqual({ children: [], adults: [] });
  });

  it("expires 30 days after the last save", () => {
    expect(draftExpiresAt(updatedAt)).toEqual(new Date("2026-03-31T10:00:00Z"));
  });

  it("warns only in the last 7 days", () => {
    expect(isDraftExpiring(updatedAt, daysLater(22.9))).toBe(false);
    expect(isDraftExpiring(updatedAt, daysLater(23))).toBe(true);
    expect(isDraftExpiring(updatedAt, daysLater(29.9))).toBe(true);
    expect(isDraftExpiring(updatedAt, daysLater(30))).toBe(false);
  });

  it("is expired from the expiry time on", () => {
    expect(isDraftExpired(updatedAt, daysLater(29.99))).toBe(false);
    expect(isDraftExpired(updatedAt, daysLater(30))).toBe(true);
  });
});
