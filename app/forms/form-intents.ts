/**
 * Names shared by the browser and the server for buttons that submit a form
 * for something other than its answers.
 */

/** "Save and come back later": saves what it can and leaves; never blocked by errors. */
export const saveAndReturnIntent = "save-and-return";

/** The page-level error every action answers with when the database cannot be reached. */
export const databaseUnavailableKey = "error.databaseUnavailable";

/** Buttons that submit a form for something other than an answer (a search): the browser does not validate them. */
export const unvalidatedIntents: ReadonlySet<string> = new Set([saveAndReturnIntent, "search", "clear-search"]);
