import { sql } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { knownBecause, type KnownReason } from "~/domain/mash/known-child";
import { repeatContactMonths } from "~/domain/mash/repeat-contact";
import { normaliseName } from "~/domain/person-matching/names";

/** One child in a contact, as the known-child query reads it. */
export interface KnownChildQuestion {
  contactChildId: string;
  contactId: string;
  /** When the contact was received: the 12 months before it are searched for other contacts. */
  receivedAt: Date;
  firstName: string | null;
  lastName: string;
  dateOfBirth: string | null;
  nhsNumber: string | null;
  /** Person records already known to be this child: the one linked, and any the matcher ranked strong. */
  personIds: readonly string[];
}

/**
 * Which of these children the council already knows, and why
 * (`known-child.ts`), in one query however many children are asked about: the
 * children go in as arrays, persons are found by the indexes on date of birth
 * and name and on NHS number, and an open plan or a recent contact is an
 * EXISTS on the person's plans, or on a range of their contact children by
 * received time (one index probe a person, not one a contact). A child nobody
 * knows is absent from the map.
 */
export async function knownChildren(
  queryable: Queryable,
  children: readonly KnownChildQuestion[],
): Promise<Map<string, KnownReason[]>> {
  const known = new Map<string, KnownReason[]>();
  if (children.length === 0) return known;
  // One row per child and person already known to be them (or one with no person), as a JSON array of records.
  const asked = children.flatMap((child) =>
    (child.personIds.length ? child.personIds : [null]).map((personId) => ({
      contact_child_id: child.contactChildId,
      contact_id: child.contactId,
      received_at: child.receivedAt.toISOString(),
      name: normaliseName(child.firstName, child.lastName),
      date_of_birth: child.dateOfBirth,
      nhs_number: child.nhsNumber,
      person_id: personId,
    })),
  );
  const result = await queryable.execute<{
    contact_child_id: string;
    open_plan: boolean;
    recent_contact: boolean;
  }>(sql`
    with asked as (
      select * from jsonb_to_recordset(${JSON.stringify(asked)}::jsonb) as asked(
        contact_child_id uuid, contact_id uuid, received_at timestamptz, name text,
        date_of_birth date, nhs_number text, person_id uuid
      )
    ),
    matched as (
      select asked.contact_child_id, asked.contact_id, asked.received_at, persons.id as person_id
      from asked join persons on persons.id = asked.person_id
      where persons.merged_into_id is null
      union
      select asked.contact_child_id, asked.contact_id, asked.received_at, persons.id
      from asked join persons
        on persons.date_of_birth = asked.date_of_birth and persons.normalised_name = asked.name
      where persons.merged_into_id is null
      union
      select asked.contact_child_id, asked.contact_id, asked.received_at, persons.id
      from asked join persons on persons.nhs_number = asked.nhs_number
      where persons.merged_into_id is null
        and (persons.date_of_birth = asked.date_of_birth or persons.normalised_name = asked.name)
    )
    select
      matched.contact_child_id,
      bool_or(exists (
        select 1 from early_help_plan_children
        join early_help_plans on early_help_plans.id = early_help_plan_children.plan_id
        where early_help_plan_children.person_id = matched.person_id and early_help_plans.status <> 'closed'
      )) as open_plan,
      bool_or(exists (
        select 1 from contact_children
        where contact_children.person_id = matched.person_id
          and contact_children.contact_id <> matched.contact_id
          and contact_children.received_at < matched.received_at
          and contact_children.received_at >= matched.received_at - make_interval(months => ${repeatContactMonths})
      )) as recent_contact
    from matched
    group by matched.contact_child_id
  `);
  for (const row of result) {
    known.set(
      row.contact_child_id,
      knownBecause({ personRecord: true, openPlan: row.open_plan, recentContact: row.recent_contact }),
    );
  }
  return known;
}
