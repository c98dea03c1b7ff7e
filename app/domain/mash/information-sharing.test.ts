import { describe, expect, it } from "vitest";
import { sharingProblems, type SharingRecord } from "./information-sharing";

const managerId = "manager-1";
const isManager = (userId: string) => userId === managerId;

describe("sharingProblems", () => {
  it("accepts sharing the family has been told about, on any basis", () => {
    for (const lawfulBasis of ["public_task", "legal_obligation", "vital_interests", "consent"] as const) {
      expect(sharingProblems({ lawfulBasis, familyInformed: true }, isManager)).toEqual([]);
    }
  });

  it("accepts sharing without the family's knowledge when a manager authorised it and the reason is recorded", () => {
    const record: SharingRecord = {
      lawfulBasis: "public_task",
      familyInformed: false,
      familyNotInformedReason: "Telling the father may put the children at risk tonight.",
      authorisedBy: managerId,
    };
    expect(sharingProblems(record, isManager)).toEqual([]);
  });

  it("needs a reason and an authorising manager when the family has not been told", () => {
    expect(sharingProblems({ lawfulBasis: "public_task", familyInformed: false }, isManager)).toEqual([
      "familyNotInformedReasonRequired",
      "authoriserRequired",
    ]);
    expect(
      sharingProblems(
        { lawfulBasis: "public_task", familyInformed: false, familyNotInformedReason: " ", authorisedBy: "screener-1" },
        isManager,
      ),
    ).toEqual(["familyNotInformedReasonRequired", "authoriserNotManager"]);
  });

  it("refuses consent as the basis when the family has not been told", () => {
    expect(
      sharingProblems(
        { lawfulBasis: "consent", familyInformed: false, familyNotInformedReason: "Risk.", authorisedBy: managerId },
        isManager,
      ),
    ).toEqual(["consentNeedsFamilyInformed"]);
  });
});
