import * as drizzle from "drizzle-orm";
import { entityKind, is, sql, type SQL } from "drizzle-orm";
import { describe, expect, it } from "vitest";

/**
 * drizzle asks of every piece of a query, as it builds it, whether it is each
 * kind of thing in turn (a column, a table, a parameter…), and each "no"
 * walked the piece's class chain comparing kinds: a query took twice as long
 * to build, about 5% of a screening page's CPU. patches/drizzle-orm keeps each
 * class's answer for each kind, and reads each query's columns once rather
 * than once a row.
 */
class Kind {
  static readonly [entityKind]: string = "FrontDoorTestKind";
}
class Subkind extends Kind {
  static override readonly [entityKind]: string = "FrontDoorTestSubkind";
}

describe("telling what kind of thing a piece of a query is", () => {
  it("walks a class's chain once for each kind asked about, however often it is asked", () => {
    let looked = 0;
    class Other {
      static get [entityKind]() {
        looked += 1;
        return "FrontDoorOtherKind";
      }
    }
    const other = new Other();
    for (let piece = 0; piece < 5; piece += 1) expect(is(other, Kind)).toBe(false);
    expect(looked).toBe(1);
  });

  it("answers as before", () => {
    expect(is(new Kind(), Kind)).toBe(true);
    expect(is(new Subkind(), Kind)).toBe(true);
    expect(is(new Kind(), Subkind)).toBe(false);
    // The same kind from another copy of drizzle, loaded twice: the reason the chain is compared at all.
    class KindFromAnotherCopy {
      static readonly [entityKind] = "FrontDoorTestKind";
    }
    expect(is(new KindFromAnotherCopy(), Kind)).toBe(true);
    expect(is({}, Kind)).toBe(false);
    expect(is(null, Kind)).toBe(false);
    expect(() => is(new Kind(), class NotAnEntity {} as unknown as typeof Kind)).toThrow(
      /doesn't look like a Drizzle entity/,
    );
  });
});

describe("reading a query's rows", () => {
  // drizzle's own, not in its published types: every driver maps each row of a result with it.
  const { mapResultRow } = drizzle as unknown as {
    mapResultRow: <Row>(columns: { path: string[]; field: SQL }[], row: unknown[]) => Row;
  };

  /** A selected expression whose decoder counts how often it is looked up. */
  function countedField() {
    const field = sql<number>`n`.mapWith(Number);
    const { decoder } = field as unknown as { decoder: unknown };
    let lookups = 0;
    Object.defineProperty(field, "decoder", {
      get() {
        lookups += 1;
        return decoder;
      },
    });
    return { field, lookups: () => lookups };
  }

  it("finds each column's decoder once a query, however many rows it has", () => {
    const counted = countedField();
    const columns = [{ path: ["n"], field: counted.field }];
    const rows = Array.from({ length: 5 }, (_, index) => mapResultRow<{ n: number }>(columns, [String(index)]));
    expect(rows).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
    expect(counted.lookups()).toBe(1);
  });

  it("answers as before: nested paths, and nulls left null", () => {
    const columns = [
      { path: ["contact", "reference"], field: sql<string>`reference` },
      { path: ["contact", "count"], field: sql<number>`count`.mapWith(Number) },
      { path: ["assignee", "name"], field: sql<string>`name` },
    ];
    expect(mapResultRow(columns, ["FD-000001", "2", "Daniel Evans"])).toEqual({
      contact: { reference: "FD-000001", count: 2 },
      assignee: { name: "Daniel Evans" },
    });
    expect(mapResultRow(columns, ["FD-000002", null, null])).toEqual({
      contact: { reference: "FD-000002", count: null },
      assignee: { name: null },
    });
  });
});
