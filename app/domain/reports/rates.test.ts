import { describe, expect, it } from "vitest";
import { agreementOf, bandCaseSql, decisionTimeBand, percentage, waitingAgeBands } from "./rates";
import { addMonths, defaultReturnsWindow, windowDays } from "./window";

describe("report arithmetic", () => {
  it("gives no percentage of nothing rather than 0%", () => {
    expect(percentage(0, 0)).toBeNull();
    expect(percentage(1, 3)).toBe(33);
    expect(percentage(2, 3)).toBe(67);
  });

  it("reads the MASH's level against the referrer's", () => {
    expect(agreementOf(3, 3)).toBe("agreed");
    expect(agreementOf(3, 2)).toBe("lower");
    expect(agreementOf(2, 4)).toBe("higher");
  });

  it("bands decision times at their upper edge", () => {
    expect(decisionTimeBand(3.99)).toBe("under4Hours");
    expect(decisionTimeBand(4)).toBe("under1Day");
    expect(decisionTimeBand(500)).toBe("over5Days");
  });

  it("writes the same bands as SQL", () => {
    expect(bandCaseSql(waitingAgeBands, "h")).toBe(
      "case when h < 4 then 'under4Hours' when h < 24 then 'under1Day' when h < 72 then 'oneTo3Days' else 'over3Days' end",
    );
  });

  it("counts months as the calendar does", () => {
    expect(addMonths("2026-08-31", -6)).toBe("2026-02-28");
    expect(addMonths("2026-03-15", -6)).toBe("2025-09-15");
    expect(defaultReturnsWindow("2026-06-10")).toEqual({ from: "2025-12-10", to: "2026-06-09" });
    expect(windowDays({ from: "2026-01-01", to: "2026-01-31" })).toBe(31);
  });
});
