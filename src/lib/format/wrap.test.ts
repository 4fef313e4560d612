import { describe, expect, it } from 'vitest';
import { wrapWords } from './wrap.ts';

describe('wrapWords', () => {
	const upTo = (n: number) => (line: string) => line.length <= n;
	it('fills each line as far as the measure allows', () => {
		expect(wrapWords('een twee drie vier', upTo(9))).toEqual(['een twee', 'drie vier']);
	});
	it('keeps a word longer than any line on its own line', () => {
		expect(wrapWords('a gezondheidsenquête b', upTo(5))).toEqual(['a', 'gezondheidsenquête', 'b']);
	});
	it('ignores runs of white space and returns no line for no words', () => {
		expect(wrapWords('  a \n b  ', upTo(3))).toEqual(['a b']);
		expect(wrapWords('   ', upTo(3))).toEqual([]);
	});
});
