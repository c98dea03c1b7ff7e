/**
 * Arranges MASH data in the end-to-end database, run with tsx by the
 * Playwright fixtures (Playwright's loader cannot import the app's JSON data).
 * Usage: tsx mash-fixtures.cli.ts submittedContact '<json arguments>'; prints the result as JSON.
 */
import { eq } from "drizzle-orm";
import { createDatabase } from "#db/connection";
import { users } from "#db/schema";
import { createSubmittedContact, type ContactChildDetails } from "#tests/support/factories";

const [command, argumentText = "{}"] = process.argv.slice(2);
const args = JSON.parse(argumentText) as {
  referrerEmail: string;
  children: ContactChildDetails[];
  referrerLevel?: number;
  immediateDanger?: boolean;
};
const { db, close } = createDatabase(process.env.DATABASE_URL!, { max: 2 });

/** A contact as if the referrer had just submitted it through the form. */
async function submittedContact() {
  const [referrer] = await db
    .select({ id: users.id, organisationId: users.organisationId })
    .from(users)
    .where(eq(users.email, args.referrerEmail));
  if (!referrer) throw new Error(`No demo user ${args.referrerEmail}`);
  const contact = await createSubmittedContact(db, {
    referrer,
    children: args.children,
    referrerLevel: args.referrerLevel,
    immediateDanger: args.immediateDanger,
  });
  return { reference: contact.reference };
}

try {
  if (command !== "submittedContact") throw new Error(`Unknown command ${command}`);
  process.stdout.write(JSON.stringify(await submittedContact()));
} finally {
  await close();
}
