/**
 * Detection as a series of steps. Each step walks the page once (the regions set aside, the
 * prose, the parts), and a caller that must not hold the main thread can hand it back to the
 * page between steps; a caller that may (the command-line tool, the tests, a later look at a
 * page that changed) runs them all at once.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now. */
export function allSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
