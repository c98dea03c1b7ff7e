import AxeBuilder from "@axe-core/playwright";
import type { Result } from "axe-core";
import { expect, test, type Browser, type Page } from "@playwright/test";

const wcag22aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Fails the test when the page in its current state has any WCAG 2.2 A or AA violation axe can find.
 *
 * A test tagged @no-js runs in both projects and reaches the same server-rendered
 * pages each time, so axe checks them in the JavaScript project only: axe takes
 * seconds a page, and checking the same HTML twice would double the suite's
 * longest part. The @no-js-only journeys, which reach pages no other test
 * does with JavaScript off, are checked page by page.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const info = test.info();
  const javaScriptOff = info.project.use.javaScriptEnabled === false;
  if (javaScriptOff && !info.tags.includes("@no-js-only")) return;
  // A page is streamed: its heading can be visible while the rest is still
  // arriving, and axe (or the copy below) would then judge half a page, such
  // as a radio whose label is in the next chunk.
  await page.waitForLoadState("load");
  const target = javaScriptOff ? await copyWithoutScripts(page) : page;
  try {
    const results = await new AxeBuilder({ page: target }).withTags(wcag22aa).analyze();
    const summary = results.violations
      .flatMap(withoutGovukConditionalReveals)
      .map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
      );
    expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  } finally {
    if (target !== page) await target.unrouteAll();
  }
}

/**
 * GOV.UK Frontend's conditional reveal puts `aria-expanded` on the radio or
 * checkbox that shows the extra question, which ARIA 1.2 does not list for
 * those roles. GOV.UK does it on purpose (screen readers announce it; see
 * alphagov/govuk-frontend#979) and its own axe runs allow it, so this one
 * attribute on those inputs is not counted. Anything else still fails.
 */
function withoutGovukConditionalReveals(violation: Result): Result[] {
  if (violation.id !== "aria-allowed-attr") return [violation];
  const nodes = violation.nodes.filter((node) => {
    const revealInput = /^<input[^>]*type="(radio|checkbox)"[^>]*aria-controls=/.test(node.html);
    const onlyExpanded = [...node.any, ...node.all, ...node.none].every((check) =>
      (Array.isArray(check.data) ? check.data : [check.data]).every(
        (attribute) => typeof attribute === "string" && attribute.startsWith("aria-expanded="),
      ),
    );
    return !(revealInput && onlyExpanded);
  });
  return nodes.length ? [{ ...violation, nodes }] : [];
}

const copies = new WeakMap<Browser, Page>();

/**
 * axe runs as a script in the page, which a JavaScript-off page cannot do. So
 * the exact HTML the user sees is served again, at the same address and
 * without its scripts, to a page where axe may run. That page is kept for the
 * whole run, so its stylesheet and fonts come from its cache after the first copy.
 */
async function copyWithoutScripts(page: Page): Promise<Page> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const browser = page.context().browser()!;
  let copy = copies.get(browser);
  if (!copy || copy.isClosed()) {
    copy = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
    copies.set(browser, copy);
  }
  const url = page.url();
  await copy.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
  await copy.goto(url);
  return copy;
}
