import { describe, expect, it } from "vitest";
import { auditActions, legacyAuditActions, schemeActions, type AuditAction } from "./actions";

const irregularPastTenses = new Set([
  "sent",
  "resent",
  "done",
  "reset",
  "withdrawn",
  "written",
  "taken",
  "given",
  "made",
  "seen",
]);

function isPastTense(word: string): boolean {
  return word.endsWith("ed") || irregularPastTenses.has(word);
}

/** "sentForSignOff" → ["sent", "for", "sign", "off"]. */
function words(segment: string): string[] {
  return segment.split(/(?=[A-Z])/).map((word) => word.toLowerCase());
}

/** The scheme in `actions.ts`: dotted camelCase, the last part saying what happened in the past tense. */
function followsScheme(action: string): boolean {
  const segments = action.split(".");
  const last = words(segments.at(-1) ?? "");
  return (
    segments.length >= 2 &&
    segments.every((segment) => /^[a-z][a-zA-Z]*$/.test(segment)) &&
    (isPastTense(last[0] ?? "") || isPastTense(last.at(-1) ?? ""))
  );
}

describe("audit actions", () => {
  it("names every new action by the scheme", () => {
    expect(schemeActions.filter((action) => !followsScheme(action))).toEqual([]);
  });

  it("knows a name that breaks the scheme", () => {
    expect(followsScheme("contact.submit")).toBe(false);
    expect(followsScheme("mash.contact.claimed")).toBe(true);
    expect(followsScheme("mash.decision.sentForSignOff")).toBe(true);
    expect(followsScheme("Contact.Viewed")).toBe(false);
    expect(followsScheme("viewed")).toBe(false);
  });

  it("lists each action once", () => {
    expect(new Set(auditActions).size).toBe(auditActions.length);
    expect(legacyAuditActions.filter((action) => schemeActions.includes(action))).toEqual([]);
  });

  it("fails the typecheck for an action not in the list", () => {
    // @ts-expect-error: "contact.submitted" is not a listed action (the stored one is "contact.submit").
    const unlisted: AuditAction = "contact.submitted";
    expect(auditActions).not.toContain(unlisted);
  });
});
