import { initAll } from "govuk-frontend";

/**
 * Starts GOV.UK Frontend's JavaScript on components that are new on the page.
 * Remix swaps pages without a reload, so this runs after every navigation;
 * components already started refuse a second start, which is what we want.
 */
export function startGovukFrontend(): void {
  initAll({ onError: () => {} });
}
