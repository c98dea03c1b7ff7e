import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The layering rules are lint rules, so CI fails when one is broken. These
 * tests show that each rule really fires: a rule that silently stopped
 * matching (a renamed path, a changed glob) would otherwise go unnoticed.
 */
const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe("layering rules", () => {
  it("refuses a route that reaches the database instead of asking a service", async () => {
    const found = await problems(
      "app/routes/example.tsx",
      'import { db } from "~/db.server";\n\nexport const loader = () => db();\n',
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*a route asks a service/)]);
  });

  it("lets a service reach the database", async () => {
    const found = await problems(
      "app/services/example.server.ts",
      'import { db } from "~/db.server";\n\nexport const count = () => db();\n',
    );
    expect(found).toEqual([]);
  });

  it("keeps the domain free of the framework", async () => {
    const found = await problems(
      "app/domain/example.ts",
      'import { redirect } from "@remix-run/node";\n\nexport const go = () => redirect("/");\n',
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*knows nothing of Remix/)]);
  });
});

describe("one uuid check", () => {
  it("refuses a copy of the uuid pattern", async () => {
    const found = await problems(
      "app/services/example.server.ts",
      "export const isId = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);\n",
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-syntax: Check an id with isUuid/)]);
  });

  it("refuses zod's own uuid check, which is stricter than PostgreSQL", async () => {
    const found = await problems(
      "app/forms/example.ts",
      'import { z } from "zod";\n\nexport const schema = z.object({ id: z.uuid() });\n',
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-syntax: .*zod's own is stricter/)]);
  });
});

describe("one date formatter", () => {
  it("refuses a formatter of a page's own", async () => {
    const found = await problems(
      "app/routes/example.tsx",
      'const long = new Intl.DateTimeFormat("en-GB", { dateStyle: "long" });\n\nexport const when = (date: Date) => long.format(date);\n',
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-syntax: Write dates with ~\/domain\/date-format/)]);
  });

  it("refuses a date written in the server's own locale", async () => {
    const found = await problems(
      "app/components/example.tsx",
      "export const when = (date: Date) => date.toLocaleString();\n",
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-syntax: Write dates with ~\/domain\/date-format/)]);
  });
});

describe("typed paths in components", () => {
  it("refuses a literal path in a component", async () => {
    const found = await problems(
      "app/components/example.tsx",
      'import { Link } from "@remix-run/react";\n\nexport const Queue = () => <Link to="/mash">Queue</Link>;\n',
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-syntax: Build the address with a path builder/)]);
  });

  it("refuses a path built by hand in a template", async () => {
    const found = await problems(
      "app/components/example.tsx",
      "export const contactHref = (reference: string) => `/contacts/${reference}`;\n",
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-syntax: Build the address with a path builder/)]);
  });

  it("lets a component use a path builder", async () => {
    const found = await problems(
      "app/components/example.tsx",
      'import { Link } from "@remix-run/react";\nimport { mashPaths } from "~/mash-paths";\n\nexport const Queue = () => <Link to={mashPaths.queue()}>Queue</Link>;\n',
    );
    expect(found).toEqual([]);
  });
});
