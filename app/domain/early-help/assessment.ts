import { isBlank, type FieldError } from "./validation";

/**
 * The Early Help Assessment, written under the Assessment Framework's domains
 * as the council's threshold document names them. Each domain's id and name
 * are copied in, so an assessment still reads true after a new threshold
 * document renames or reorders its domains.
 */
interface AssessmentDomain {
  domainId: string;
  domainName: string;
  strengths: string;
  needs: string;
}

export interface PlanAssessment {
  domains: AssessmentDomain[];
  /** What the parents or carers say about their situation and what would help, in their words. */
  familyView: string;
  /** What the children say, or for a baby what their behaviour and presentation tell us. */
  childVoice: string;
}

/**
 * An assessment may be saved half-written. To call it complete it needs at
 * least one need (a plan's goals answer needs) and both the family's view and
 * the child's voice, which audits find missing most often.
 */
export function validateAssessmentComplete(assessment: PlanAssessment): FieldError[] {
  const errors: FieldError[] = [];
  if (assessment.domains.every((domain) => isBlank(domain.needs))) {
    errors.push({ field: "needs", key: "earlyHelp.assessment.error.needsRequired" });
  }
  if (isBlank(assessment.familyView)) {
    errors.push({ field: "familyView", key: "earlyHelp.assessment.error.familyViewRequired" });
  }
  if (isBlank(assessment.childVoice)) {
    errors.push({ field: "childVoice", key: "earlyHelp.assessment.error.childVoiceRequired" });
  }
  return errors;
}
