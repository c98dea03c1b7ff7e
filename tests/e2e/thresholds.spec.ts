import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expectErrorSummary } from "./support/contact-form";
import { signInAs } from "./support/sign-in";

const defaultDocument = JSON.parse(
  readFileSync(path.resolve("config/threshold-documents/northmoor-2026.json"), "utf8"),
) as Record<string, unknown> & { descriptors: Record<string, unknown>[] };

test("anyone can read the levels and search the descriptors @no-js", async ({ page }) => {
  // The page lists every descriptor, which axe takes a while to check on a small machine.
  test.setTimeout(300_000);
  await page.goto("/thresholds");
  await expect(page.getByRole("heading", { level: 1, name: "Threshold guidance" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Level 4: Specialist: statutory" })).toBeVisible();
  await expect(page.getByText(/^All \d+ descriptors of need/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Search the descriptors of need").fill("county lines");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=county\+lines/);
  await expect(page.getByText(/^\d+ descriptors? of need match your search/)).toBeVisible();
  await expect(page.getByText("The child is being criminally exploited", { exact: false })).toBeVisible();
  await expect(page.getByText("The child uses the internet, games and social media", { exact: false })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByLabel("Search the descriptors of need").fill("");
  await page.getByLabel("Level", { exact: true }).selectOption({ label: "Level 1: Universal" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("The family lives in stable housing", { exact: false })).toBeVisible();
  await expect(page.getByText("The child is being criminally exploited", { exact: false })).toHaveCount(0);

  await page.getByLabel("Search the descriptors of need").fill("zzzz");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No descriptors of need match your search")).toBeVisible();
});

test("an admin uploads a threshold document, sees every problem in a bad one, previews a good one and publishes it", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const version = `2026.${Date.now() % 1_000_000}`;
  await signInAs(page, "admin@northmoor.example");
  await page.goto("/admin/thresholds");
  await expect(page.getByRole("heading", { level: 1, name: "Threshold documents" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expectErrorSummary(page, ["Select a threshold document file"]);

  const descriptors = structuredClone(defaultDocument.descriptors);
  descriptors[2] = { ...descriptors[2], keyword: ["typo"] };
  descriptors[4] = { ...descriptors[4], level: "high" };
  await page.getByLabel("Threshold document (JSON file)").setInputFiles({
    name: "thresholds.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...defaultDocument, version, descriptors })),
  });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expectErrorSummary(page, [
    `descriptors[2] (id "${String(descriptors[2]!.id)}"): has a field this format does not use: "keyword"`,
    `descriptors[4] (id "${String(descriptors[4]!.id)}").level: must be a number`,
  ]);

  await page.getByLabel("Threshold document (JSON file)").setInputFiles({
    name: "thresholds.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...defaultDocument, version, title: "Northmoor continuum of need, revised" })),
  });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Threshold document version ${version}` })).toBeVisible();
  await expect(page.getByText("This version is a draft.", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/thresholds");
  await expect(page.getByText(`Version ${version}`)).toHaveCount(0);

  await page.goto("/admin/thresholds");
  await page.getByRole("link", { name: version }).click();
  await page.getByRole("button", { name: "Publish this version" }).click();
  await expect(page.getByText(`Version ${version} is now in force.`, { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  const row = page.getByRole("row").filter({ hasText: version });
  await expect(row).toContainText("In force");

  await page.goto("/thresholds");
  await expect(page.getByText(`Version ${version}, in force from`)).toBeVisible();
});
