import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { contactChildren } from "#db/schema";
import { childRecordViewers } from "~/services/audit-search.server";
import { viewContact } from "~/services/contacts.server";
import { actorFor, currentUser } from "#tests/support/current-user";
import { createOrganisation, createUser } from "#tests/support/auth-factories";
import { createPerson, createSubmittedContact } from "#tests/support/factories";
import { useTestDatabase } from "#tests/support/test-database";

/** "Who has viewed this child" counts every view of a record about the child, whoever opened it. */
const { db } = useTestDatabase();

async function signedInAs(role: "partner" | "admin", organisationId?: string) {
  const user = await createUser(db(), { role, organisationId });
  return currentUser(db(), user.email);
}

describe("who has viewed a child", () => {
  it("includes partners who opened a contact about the child, before and after the MASH linked it", async () => {
    const school = await createOrganisation(db());
    const dsl = await signedInAs("partner", school.id);
    const colleague = await signedInAs("partner", school.id);
    const admin = await signedInAs("admin");
    const amy = await createPerson(db(), { firstName: "Amy", lastName: "Evans", dateOfBirth: "2019-03-07" });
    const contact = await createSubmittedContact(db(), { referrer: dsl });
    const other = await createSubmittedContact(db(), {
      referrer: dsl,
      children: [{ firstName: "Cal", lastName: "Morgan", dateOfBirth: "2018-01-02" }],
    });

    // The referrer opens the contact before anyone has linked Amy to her person record.
    expect((await viewContact(actorFor(dsl), dsl, contact.reference, "confirmation")).outcome).toBe("found");
    await db().update(contactChildren).set({ personId: amy }).where(eq(contactChildren.id, contact.childIds[0]!));
    // A colleague opens it afterwards; nobody's view of another child's contact counts.
    expect((await viewContact(actorFor(colleague), colleague, contact.reference, "contact")).outcome).toBe("found");
    await viewContact(actorFor(admin), dsl, other.reference, "contact");

    const viewers = await childRecordViewers(actorFor(admin), amy);
    expect(viewers.map((viewer) => viewer.userId).sort()).toEqual([dsl.id, colleague.id].sort());
  });
});
