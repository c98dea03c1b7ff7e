import { about } from "./about";
import { auth } from "./auth";
import { common } from "./common";
import { contact } from "./contact";
import { contactJourney } from "./contact-journey";
import { earlyHelp } from "./early-help";
import { earlyHelpPages } from "./early-help-pages";
import { mash } from "./mash";
import { notifications } from "./notifications";
import { publicConcern } from "./public-concern";
import { referenceData } from "./reference-data";
import { referrals } from "./referrals";
import { reports } from "./reports";
import { thresholds } from "./thresholds";

/**
 * The English catalogue. Each area of the service keeps its own file so that
 * translators (Welsh is next) can work one area at a time.
 */
export const en = {
  ...common,
  ...contact,
  ...contactJourney,
  ...thresholds,
  ...referenceData,
  ...earlyHelp,
  ...earlyHelpPages,
  ...auth,
  ...notifications,
  ...mash,
  ...referrals,
  ...reports,
  ...publicConcern,
  ...about,
} as const;
