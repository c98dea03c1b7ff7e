import { describe, expect, it } from "vitest";
import { compareQueueOrder, firstDeadline, isUnratedImmediateDanger, type QueueOrderFacts } from "./queue-order";

let references = 0;
function contact(facts: Partial<Omit<QueueOrderFacts, "reference">> & { name: string }): QueueOrderFacts & {
  name: string;
} {
  references += 1;
  return {
    reference: `FD-${String(references).padStart(6, "0")}`,
    immediateDanger: false,
    rag: null,
    receivedAt: new Date("2026-06-08T09:00Z"),
    screeningDueAt: new Date("2026-06-08T13:00Z"),
    decisionDueAt: new Date("2026-06-09T09:00Z"),
    ...facts,
  };
}

const order = (contacts: ReturnType<typeof contact>[]) => [...contacts].sort(compareQueueOrder).map(({ name }) => name);

describe("compareQueueOrder", () => {
  it("puts an immediate-danger contact received last above every unrated contact", () => {
    const queue = Array.from({ length: 16 }, (_, index) =>
      contact({
        name: `unrated ${index + 1}`,
        receivedAt: new Date(Date.UTC(2026, 5, 8, 8, index)),
        screeningDueAt: new Date(Date.UTC(2026, 5, 8, 12, index)),
      }),
    );
    queue.push(
      contact({
        name: "immediate danger",
        immediateDanger: true,
        receivedAt: new Date("2026-06-08T10:00Z"),
        screeningDueAt: new Date("2026-06-08T14:00Z"),
      }),
    );
    expect(order(queue)[0]).toBe("immediate danger");
  });

  it("drops an immediate-danger contact back among the others once it is rated", () => {
    expect(
      order([contact({ name: "rated red, danger", immediateDanger: true, rag: "red" }), contact({ name: "unrated" })]),
    ).toEqual(["unrated", "rated red, danger"]);
  });

  it("orders by RAG rating, unrated first", () => {
    expect(
      order([
        contact({ name: "green", rag: "green" }),
        contact({ name: "amber", rag: "amber" }),
        contact({ name: "red", rag: "red" }),
        contact({ name: "unrated" }),
      ]),
    ).toEqual(["unrated", "red", "amber", "green"]);
  });

  it("within a rating, orders by whichever deadline comes first", () => {
    expect(
      order([
        contact({
          name: "green, screening due first",
          rag: "green",
          screeningDueAt: new Date("2026-06-10T09:00Z"),
          decisionDueAt: new Date("2026-06-12T09:00Z"),
        }),
        contact({
          name: "green, decision overdue",
          rag: "green",
          screeningDueAt: new Date("2026-06-11T09:00Z"),
          decisionDueAt: new Date("2026-06-08T16:00Z"),
        }),
      ]),
    ).toEqual(["green, decision overdue", "green, screening due first"]);
  });

  it("breaks a tie of due times by when the contacts were received, oldest first", () => {
    const due = { screeningDueAt: new Date("2026-06-08T12:00Z"), decisionDueAt: new Date("2026-06-08T16:00Z") };
    expect(
      order([
        contact({ name: "Sunday", receivedAt: new Date("2026-06-07T11:00Z"), ...due }),
        contact({ name: "Saturday", receivedAt: new Date("2026-06-06T22:00Z"), ...due }),
        contact({ name: "Sunday night", receivedAt: new Date("2026-06-07T23:00Z"), ...due }),
      ]),
    ).toEqual(["Saturday", "Sunday", "Sunday night"]);
  });

  it("breaks a tie of everything by reference, so the order is always the same", () => {
    const [first, second] = [contact({ name: "first" }), contact({ name: "second" })];
    expect(order([second!, first!])).toEqual(["first", "second"]);
    expect(compareQueueOrder(first!, first!)).toBe(0);
  });
});

describe("isUnratedImmediateDanger", () => {
  it.each([
    [true, null, true],
    [true, "green", false],
    [false, null, false],
  ] as const)("immediate danger %s, rated %s: %s", (immediateDanger, rag, expected) => {
    expect(isUnratedImmediateDanger({ immediateDanger, rag })).toBe(expected);
  });
});

describe("firstDeadline", () => {
  const screeningDueAt = new Date("2026-06-08T13:00Z");

  it("names the decision deadline when it falls before screening's", () => {
    expect(firstDeadline({ screeningDueAt, decisionDueAt: new Date("2026-06-08T12:00Z") })).toEqual({
      name: "decision",
      dueAt: new Date("2026-06-08T12:00Z"),
    });
  });

  it("names the screening deadline when it falls first or at the same moment", () => {
    expect(firstDeadline({ screeningDueAt, decisionDueAt: new Date("2026-06-09T12:00Z") }).name).toBe("screening");
    expect(firstDeadline({ screeningDueAt, decisionDueAt: screeningDueAt }).name).toBe("screening");
  });
});
