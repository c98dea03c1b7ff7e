import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator, translateError } from "./messages";

describe("the English catalogue", () => {
  it("never defines one key in two area files, where a spread would silently keep only the last", async () => {
    const folder = path.join(import.meta.dirname, "en");
    const areas = readdirSync(folder).filter((file) => file !== "index.ts" && file.endsWith(".ts"));
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of areas) {
      const module = (await import(path.join(folder, file))) as Record<string, Record<string, string>>;
      for (const messages of Object.values(module)) {
        for (const key of Object.keys(messages)) {
          if (seen.has(key)) clashes.push(`${key} in ${seen.get(key)} and ${file}`);
          seen.set(key, file);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe("createTranslator", () => {
  const t = createTranslator("en");

  it("fills placeholders", () => {
    expect(t("home.public", { phone: "01632 960200" })).toBe(
      "If you are a member of the public, call the MASH on 01632 960200, or",
    );
  });

  it("leaves a placeholder it was not given visible, so the gap is noticed", () => {
    expect(t("home.public")).toContain("{phone}");
  });
});

describe("translateError", () => {
  const t = createTranslator("en");

  it("turns a schema's message key into its sentence", () => {
    expect(translateError(t, "error.summaryTitle")).toBe("There is a problem");
  });

  it("passes through a message that is not a key", () => {
    expect(translateError(t, "Invalid input")).toBe("Invalid input");
  });
});
