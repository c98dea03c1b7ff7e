import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * postgres.js 3.4.9 can throw from a setImmediate after its connection closed
 * (socket.write on null: porsager/postgres issues 1066 and 1154), which no
 * try/catch reaches and which ends the process. patches/postgres+3.4.9.patch
 * guards it, applied by `npm install`'s postinstall (patch-package).
 */
describe("the postgres.js patch", () => {
  it("is applied to both builds of the driver", () => {
    // The package's main is cjs/src/index.js: its root is three folders up.
    const root = path.resolve(path.dirname(createRequire(import.meta.url).resolve("postgres")), "../..");
    for (const build of ["cjs/src/connection.js", "src/connection.js"]) {
      expect(readFileSync(path.join(root, build), "utf8"), build).toContain("if (socket === null) {");
    }
  });
});
