import { describe, expect, it } from "vitest";
import { validateAssessmentComplete, type PlanAssessment } from "./assessment";

const assessment: PlanAssessment = {
  domains: [
    { domainId: "developmental-needs", domainName: "Child's development", strengths: "Loves reading", needs: "" },
    { domainId: "parenting-capacity", domainName: "Parenting", strengths: "", needs: "Routines at bedtime" },
  ],
  familyView: "We want mornings to be calmer.",
  childVoice: "Amira says she likes her teacher.",
};

describe("validateAssessmentComplete", () => {
  it("accepts an assessment with a need, the family's view and the child's voice", () => {
    expect(validateAssessmentComplete(assessment)).toEqual([]);
  });

  it("asks for at least one need, the family's view and the child's voice", () => {
    const empty = {
      domains: assessment.domains.map((domain) => ({ ...domain, needs: " " })),
      familyView: "",
      childVoice: "  ",
    };
    expect(validateAssessmentComplete(empty).map((error) => error.key)).toEqual([
      "earlyHelp.assessment.error.needsRequired",
      "earlyHelp.assessment.error.familyViewRequired",
      "earlyHelp.assessment.error.childVoiceRequired",
    ]);
  });
});
