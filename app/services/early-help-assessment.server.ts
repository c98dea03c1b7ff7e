import { eq } from "drizzle-orm";
import { thresholdDocuments } from "#db/schema";
import { db } from "~/db.server";
import type { PlanAssessment } from "~/domain/early-help/assessment";

export interface AssessmentDomainHeading {
  id: string;
  name: string;
  summary: string | null;
}

/**
 * The domains an assessment is written under: those it was started with (so
 * a saved assessment keeps its headings), otherwise the threshold document in force.
 */
export async function assessmentDomains(saved: PlanAssessment | null): Promise<AssessmentDomainHeading[]> {
  if (saved && saved.domains.length > 0) {
    return saved.domains.map((domain) => ({ id: domain.domainId, name: domain.domainName, summary: null }));
  }
  const [current] = await db()
    .select({ document: thresholdDocuments.document })
    .from(thresholdDocuments)
    .where(eq(thresholdDocuments.status, "published"));
  return (current?.document.domains ?? []).map((domain) => ({
    id: domain.id,
    name: domain.name,
    summary: domain.summary,
  }));
}
