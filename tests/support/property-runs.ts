// How many cases a property test draws: a fifth of its full size in `npm test` (enough to catch a
// regression in a few seconds), the full size in `npm run test:full` (TEST_FULL=1). fast-check
// picks a new seed each run and prints it with any counterexample, so every run explores afresh.
export function propertyRuns(full: number): number {
	return process.env.TEST_FULL === '1' ? full : Math.max(20, Math.ceil(full / 5));
}
