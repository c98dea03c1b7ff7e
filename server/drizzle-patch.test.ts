import { entityKind, is } from "drizzle-orm";
import { describe, expect, it } from "vitest";

/**
 * drizzle asks of every piece of a query, as it builds it, whether it is each
 * kind of thing in turn (a column, a table, a parameter…), and each "no"
 * walked the piece's class chain comparing kinds: a query took twice as long
 * to build, about 5% of a screening page's CPU. patches/drizzle-orm keeps each
 * class's answer for each kind.
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
