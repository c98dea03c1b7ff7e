import type { AddWorkingDays } from "./calendar-date";
import type { EarlyHelpPlan, Goal, Review } from "./plan";

/** Stands in for the council's clock in tests: weekends are the only days off. */
export const addWeekdays: AddWorkingDays = (from, days) => {
  const result = new Date(from);
  const step = days < 0 ? -1 : 1;
  for (let remaining = Math.abs(days); remaining > 0;) {
    result.setUTCDate(result.getUTCDate() + step);
    const weekday = result.getUTCDay();
    if (weekday !== 0 && weekday !== 6) remaining -= 1;
  }
  return result;
};

/** Around midday in London on a given day, whatever the season, so tests read as dates. */
export function on(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

export function aGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: "goal-1",
    outcomeArea: "education",
    need: "Amira has missed a third of school days this term",
    description: "Amira goes to school every day",
    setOn: "2025-01-06",
    baselineScore: 3,
    targetScore: 8,
    endedOn: null,
    ...overrides,
  };
}

export function aReview(overrides: Partial<Review> = {}): Review {
  return {
    heldOn: "2025-02-17",
    attendees: [
      { name: "Sarah Okafor", role: "mother" },
      { name: "Gareth Pryce", role: "head of year" },
    ],
    scores: [{ goalId: "goal-1", score: 5 }],
    whatChanged: "Amira has been in school four days a week since half term.",
    nextReviewOn: "2025-03-31",
    ...overrides,
  };
}

export function aPlan(overrides: Partial<EarlyHelpPlan> = {}): EarlyHelpPlan {
  return {
    id: "plan-1",
    kind: "early_help",
    status: "active",
    origin: { type: "partner", leadProfessionalId: "user-1" },
    childIds: ["child-1"],
    startedOn: "2025-01-06",
    leadProfessionalId: "user-1",
    socialWorkerId: null,
    consent: {
      givenBy: { name: "Sarah Okafor", relationship: "mother" },
      givenOn: "2025-01-06",
      purposes: ["assessment", "plan", "information_sharing"],
      withdrawal: null,
    },
    goals: [aGoal()],
    actions: [],
    reviews: [],
    stepUpDecision: null,
    ...overrides,
  };
}
