import { describe, expect, it } from "vitest";
import { paths, readReturnTo } from "./paths";

const draftId = "0b8e3f0e-6a52-4a8e-9d1b-2f4f5d6c7a80";

describe("paths", () => {
  it("builds each page of a draft, numbering children and adults from 1", () => {
    expect(paths.draftPage(draftId, { page: "task-list" })).toBe(`/contacts/drafts/${draftId}`);
    expect(paths.draftPage(draftId, { page: "referrer" })).toBe(`/contacts/drafts/${draftId}/your-details`);
    expect(paths.draftPage(draftId, { page: "child", index: 0 })).toBe(`/contacts/drafts/${draftId}/children/1`);
    expect(paths.draftPage(draftId, { page: "adult", index: 2 })).toBe(`/contacts/drafts/${draftId}/adults/3`);
  });

  it("carries the way back to check your answers, and reads it back", () => {
    const url = paths.draftPage(draftId, { page: "concern" }, { returnTo: "check-answers" });
    expect(url).toBe(`/contacts/drafts/${draftId}/concern?returnTo=check-answers`);
    expect(readReturnTo(`http://localhost${url}`)).toBe("check-answers");
    expect(readReturnTo("http://localhost/contacts?returnTo=https://evil.example")).toBeUndefined();
  });

  it("builds search addresses without empty parameters", () => {
    expect(paths.thresholds({ q: "neglect", domain: "" })).toBe("/thresholds?q=neglect");
    expect(paths.adminThresholds()).toBe("/admin/thresholds");
  });
});
