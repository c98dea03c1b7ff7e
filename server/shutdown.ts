/**
 * Steps to take after the server, its worker and its pool have stopped, just
 * before the process exits: the end-to-end runner drops its database here.
 */
const lastSteps: (() => Promise<void>)[] = [];

export function afterServerStops(step: () => Promise<void>): void {
  lastSteps.push(step);
}

export async function runLastSteps(): Promise<void> {
  for (const step of lastSteps) await step();
}
