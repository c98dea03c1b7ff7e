import { sql } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { snapshot, snapshotKey, type Snapshot } from "./report-snapshots.server";
import { type ReportWindow } from "~/domain/reports/window";
import { findDescriptor } from "~/domain/thresholds/document";
import { thresholdDocumentById } from "./thresholds.server";
import { agreementColumns, receivedIn, reportQueries, rows, standing, type AgreementCounts } from "./report-sql.server";

// A partner organisation's own view

export interface OrganisationFigures {
  /** Contacts the organisation made each month. */
  contactsByMonth: { month: string; count: number }[];
  /** Its children's outcomes, from decisions that stand. */
  outcomes: { outcome: string; count: number }[];
  agreementByMonth: (AgreementCounts & { month: string })[];
  /** The descriptors it chose most often on contacts where the MASH decided a lower level for a child. */
  descriptorsDecidedLower: { descriptorId: string; text: string; level: number | null; count: number }[];
}

/**
 * Only ever the organisation's own contacts: every query is scoped by
 * `organisationId`, which the route takes from the signed-in partner, never
 * from the request.
 */
export function organisationFigures(organisationId: string, window: ReportWindow): Promise<OrganisationFigures> {
  return reportQueries((q) => organisationFiguresIn(q, organisationId, window));
}

/** The same snapshot-kept (ADR 18): worked out at most once per REPORT_SNAPSHOT_MINUTES for an organisation and window. */
export function currentOrganisationFigures(
  organisationId: string,
  window: ReportWindow,
  signal?: AbortSignal,
): Promise<Snapshot<OrganisationFigures>> {
  return snapshot(
    snapshotKey("my-organisation", { organisationId, from: window.from, to: window.to }),
    () => organisationFigures(organisationId, window),
    { signal },
  );
}

async function organisationFiguresIn(
  q: Queryable,
  organisationId: string,
  window: ReportWindow,
): Promise<OrganisationFigures> {
  const where = sql`${receivedIn(window)} and c.organisation_id = ${organisationId}::uuid`;
  const decidedChildren = sql`contacts c
    join decisions d on d.contact_id = c.id and ${standing}
    join child_decisions cd on cd.decision_id = d.id`;
  const [contactsByMonth, outcomes, agreement, descriptors] = await Promise.all([
    rows<{ month: string; count: number }>(
      q,
      sql`
      select to_char(date_trunc('month', c.received_at at time zone 'Europe/London'), 'YYYY-MM') as month,
        count(*)::int as count
      from contacts c where ${where} group by 1 order by 1`,
    ),
    rows<{ outcome: string; count: number }>(
      q,
      sql`
      select cd.outcome, count(*)::int as count from ${decidedChildren} where ${where}
      group by 1 order by 2 desc, 1`,
    ),
    rows<AgreementCounts & { month: string }>(
      q,
      sql`
      select to_char(date_trunc('month', c.received_at at time zone 'Europe/London'), 'YYYY-MM') as month,
        ${agreementColumns}
      from ${decidedChildren} where ${where} and c.referrer_level is not null
      group by 1 order by 1`,
    ),
    rows<{ descriptor_id: string; threshold_document_id: string; count: number }>(
      q,
      sql`
      select descriptor_id, c.threshold_document_id, count(*)::int as count
      from contacts c cross join lateral unnest(c.descriptor_ids) as descriptor_id
      where ${where} and exists (
        select 1 from decisions d join child_decisions cd on cd.decision_id = d.id
        where d.contact_id = c.id and ${standing} and cd.decided_level < c.referrer_level
      )
      group by 1, 2 order by 3 desc, 1 limit 10`,
    ),
  ]);
  const documents = new Map<string, Awaited<ReturnType<typeof thresholdDocumentById>>>();
  for (const id of new Set(descriptors.map((row) => row.threshold_document_id))) {
    documents.set(id, await thresholdDocumentById(id));
  }
  return {
    contactsByMonth,
    outcomes,
    agreementByMonth: agreement.map((row) => ({
      month: row.month,
      decided: row.decided,
      agreed: row.agreed,
      lower: row.lower,
      higher: row.higher,
    })),
    descriptorsDecidedLower: descriptors.map((row) => {
      const document = documents.get(row.threshold_document_id)?.document;
      const descriptor = document ? findDescriptor(document, row.descriptor_id) : undefined;
      return {
        descriptorId: row.descriptor_id,
        text: descriptor?.text ?? row.descriptor_id,
        level: descriptor?.level ?? null,
        count: row.count,
      };
    }),
  };
}
