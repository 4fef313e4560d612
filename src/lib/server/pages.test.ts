import { describe, expect, test } from 'vitest';
import { memo } from './pages.ts';

describe('memo', () => {
	test('returns the cached result for the same arguments and keeps only the most recent ones', () => {
		let calls = 0;
		const square = memo((n: number) => {
			calls++;
			return { n: n * n };
		}, 2);
		const first = square(3);
		expect(square(3)).toBe(first);
		expect(calls).toBe(1);
		square(4);
		square(3); // a hit makes 3 the most recent, so 4 is evicted next
		square(5);
		expect(calls).toBe(3);
		expect(square(3)).toBe(first);
		expect(calls).toBe(3);
		square(4);
		expect(calls).toBe(4);
	});
});
