import { describe, expect, it } from "vitest";
import { sameEmailDomain } from "./email-domain";

describe("sameEmailDomain", () => {
  const members = ["dr.mehta@castle-street-surgery.example", "Practice.Manager@Castle-Street-Surgery.example"];

  it("matches an address at a member's domain, whatever the case", () => {
    expect(sameEmailDomain("new.gp@CASTLE-street-surgery.example", members)).toBe(true);
  });

  it("refuses another domain, a lookalike, a personal address and something that is not an address", () => {
    expect(sameEmailDomain("new.gp@castle-street-surgery.example.evil", members)).toBe(false);
    expect(sameEmailDomain("new.gp@street-surgery.example", members)).toBe(false);
    expect(sameEmailDomain("anil.mehta@gmail.example", members)).toBe(false);
    expect(sameEmailDomain("castle-street-surgery.example", members)).toBe(false);
    expect(sameEmailDomain("new.gp@castle-street-surgery.example", [])).toBe(false);
  });
});
