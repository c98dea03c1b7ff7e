import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { earlyHelp } from "~/i18n/en/early-help";

const directory = new URL(".", import.meta.url);
const source = readdirSync(directory)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .map((file) => readFileSync(new URL(file, directory), "utf8"))
  .join("\n");

describe("the early help messages", () => {
  it("has no sentence that the domain never uses", () => {
    const unused = Object.keys(earlyHelp).filter((key) => !source.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it("uses only the placeholders callers know to fill", () => {
    const placeholders = new Set(Object.values(earlyHelp).flatMap((text) => text.match(/\{\w+\}/g) ?? []));
    expect([...placeholders].sort()).toEqual(["{leadProfessional}"]);
  });
});
