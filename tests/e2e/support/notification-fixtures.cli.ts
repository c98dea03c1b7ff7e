/**
 * A contact draft with every page answered, ready to submit, written to the
 * end-to-end database for the referrer `email`. Run with tsx by the
 * notification tests; prints `{"draftId": ...}`.
 * Usage: tsx notification-fixtures.cli.ts readyDraft <email>
 */
import { closeDatabase, db } from "~/db.server";
import { saveDraftPage, startContactDraft } from "~/services/contact-drafts.server";
import { completeAnswers } from "#tests/support/contact-fixtures";
import { actorFor, currentUser } from "#tests/support/current-user";

const [command, email = ""] = process.argv.slice(2);
try {
  if (command !== "readyDraft") throw new Error(`Unknown command ${command}`);
  const user = await currentUser(db(), email);
  const { draftId } = await startContactDraft(actorFor(user), user, { immediateDanger: "no" });
  await saveDraftPage(actorFor(user), user, draftId, { page: "check-answers" }, () => completeAnswers());
  process.stdout.write(JSON.stringify({ draftId }));
} finally {
  await closeDatabase();
}
