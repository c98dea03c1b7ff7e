import { auth } from "./auth";
import { common } from "./common";
import { contact } from "./contact";
import { earlyHelp } from "./early-help";
import { earlyHelpPages } from "./early-help-pages";
import { mash } from "./mash";
import { notifications } from "./notifications";
import { referenceData } from "./reference-data";

/**
 * The English catalogue. Each area of the service keeps its own file so that
 * translators (Welsh is next) can work one area at a time.
 */
export const en = {
  ...common,
  ...contact,
  ...referenceData,
  ...earlyHelp,
  ...earlyHelpPages,
  ...auth,
  ...notifications,
  ...mash,
} as const;
