import type { Sql } from "postgres";

/**
 * A MASH that has fallen behind: adds undecided contacts (half of them not
 * yet rated, the rest Red, Amber or Green, due over the next two days, each
 * about two children) until `undecided` await a decision. They are made as
 * `submittedBy`'s, so whoever made them can remove them again. Returns how
 * many it added.
 */
export async function addBacklog(
  sql: Sql,
  options: { undecided: number; submittedBy: { id: string; organisationId: string }; now: Date },
): Promise<number> {
  const [{ count }] = await sql<[{ count: number }]>`
    select count(*)::int as count from contacts
    where status in ('submitted', 'in_screening', 'awaiting_checks', 'awaiting_sign_off')`;
  const missing = Math.max(0, options.undecided - count);
  if (missing === 0) return 0;
  const now = options.now.toISOString();
  await sql`
    with template as (
      select threshold_document_id, answers, descriptor_ids, suggested_level from contacts
      where submitted_by is not null order by submitted_at desc limit 1
    ), made as (
      insert into contacts (
        id, reference, organisation_id, submitted_by, submitted_at, received_at, threshold_document_id,
        referral_source, immediate_danger, answers, descriptor_ids, suggested_level, referrer_level,
        family_aware, consent_given, status, rag, decision_due_at, screening_due_at
      )
      select gen_random_uuid(), 'FD-' || lpad(v::text, greatest(6, length(v::text)), '0'),
        ${options.submittedBy.organisationId}, ${options.submittedBy.id},
        ${now}::timestamptz - make_interval(mins => n), ${now}::timestamptz - make_interval(mins => n),
        template.threshold_document_id, '2A', n % 97 = 0, template.answers, template.descriptor_ids,
        template.suggested_level, template.suggested_level, 'yes', 'yes', 'submitted',
        (array[null, null, 'red', 'amber', 'green'])[1 + n % 5]::rag_rating,
        ${now}::timestamptz + make_interval(mins => n % 2880), ${now}::timestamptz + make_interval(mins => (n * 7) % 2880)
      -- A number per row: nextval in the select list of a subquery, never a function called once in FROM.
      from (select n, nextval('contact_reference_seq') as v from generate_series(1, ${missing}::int) as n) as numbered,
        template
      returning id, received_at
    )
    insert into contact_children (contact_id, received_at, position, first_name, last_name, date_of_birth, sex, postcode)
    select made.id, made.received_at, child.position, child.first_name, 'Backlog', child.date_of_birth::date, 'female', 'NM1 4TB'
    from made, (values (0, 'Amy', '2019-03-07'), (1, 'Beth', '2021-06-12')) as child(position, first_name, date_of_birth)`;
  return missing;
}
