import { describe, expect, it } from "vitest";
import { readConfig, webWorkerCount } from "./config.server";

const settings = (environment: Record<string, string>) => readConfig({ NODE_ENV: "test", ...environment });

describe("how many web workers npm start runs", () => {
  it("is one per core when WEB_CONCURRENCY is unset", () => {
    expect(webWorkerCount(settings({}), { cores: 2 })).toBe(2);
    expect(webWorkerCount(settings({}), { cores: 1 })).toBe(1);
  });

  it("stops at eight cores, each worker costing memory", () => {
    expect(webWorkerCount(settings({}), { cores: 64 })).toBe(8);
  });

  it("is what WEB_CONCURRENCY says, when it is set, whatever the cores", () => {
    expect(webWorkerCount(settings({ WEB_CONCURRENCY: "12" }), { cores: 2 })).toBe(12);
    expect(webWorkerCount(settings({ WEB_CONCURRENCY: "1" }), { cores: 64 })).toBe(1);
    expect(webWorkerCount(settings({ WEB_CONCURRENCY: "3" }), { development: true })).toBe(3);
  });

  it("is one for npm run dev, where each worker would start a Vite server", () => {
    expect(webWorkerCount(settings({}), { development: true, cores: 8 })).toBe(1);
  });

  it("refuses a WEB_CONCURRENCY that is not a whole number from 1 to 32, naming it", () => {
    for (const value of ["0", "33", "two", "1.5"]) {
      expect(() => settings({ WEB_CONCURRENCY: value })).toThrow(/WEB_CONCURRENCY/);
    }
  });
});
