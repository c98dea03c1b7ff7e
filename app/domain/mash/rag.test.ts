import { describe, expect, it } from "vitest";
import { compareQueueEntries, ragUrgency, type QueueEntry } from "./rag";

describe("ragUrgency", () => {
  it("puts unrated first, then red, amber, green", () => {
    const order = [null, "red", "amber", "green"] as const;
    expect(order.map(ragUrgency)).toEqual([0, 1, 2, 3]);
  });
});

describe("compareQueueEntries", () => {
  const entry = (name: string, rag: QueueEntry["rag"], dueAt: string) => ({ name, rag, dueAt: new Date(dueAt) });

  it("orders by RAG, unrated first, and then by the earliest due", () => {
    const queue = [
      entry("green due first", "green", "2026-06-08T10:00Z"),
      entry("amber due later", "amber", "2026-06-09T16:00Z"),
      entry("red due later", "red", "2026-06-08T15:00Z"),
      entry("unrated due later", null, "2026-06-08T16:00Z"),
      entry("amber due sooner", "amber", "2026-06-09T10:00Z"),
      entry("red due sooner", "red", "2026-06-08T12:00Z"),
      entry("unrated due sooner", null, "2026-06-08T11:00Z"),
    ];
    expect(queue.sort(compareQueueEntries).map(({ name }) => name)).toEqual([
      "unrated due sooner",
      "unrated due later",
      "red due sooner",
      "red due later",
      "amber due sooner",
      "amber due later",
      "green due first",
    ]);
  });

  it("treats entries with the same RAG and due time as equal, so a stable sort keeps arrival order", () => {
    expect(compareQueueEntries(entry("a", "red", "2026-06-08T10:00Z"), entry("b", "red", "2026-06-08T10:00Z"))).toBe(0);
  });
});
