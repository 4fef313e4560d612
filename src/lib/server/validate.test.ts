import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateCatalogue } from '../data/validate.ts';
import { readDataFiles } from './data-dir.ts';

const validDir = 'tests/fixtures/valid';
const invalidDir = 'tests/fixtures/invalid';

describe('validateCatalogue on files', () => {
	it('accepts the valid fixture catalogue and types its values', () => {
		const { catalogue, problems } = validateCatalogue(readDataFiles(validDir), validDir);
		expect(problems).toEqual([]);
		const headline = catalogue?.observations.find((o) => o.year === 2023 && o.region === 'BE');
		expect(headline).toMatchObject({ value: 34.9, valueText: '34.9', decimals: 1, preferred: true, ci_low: null });
		expect(headline?.flags).toEqual(['unverified_definition']);
		expect(headline?.line).toBe(2);
	});

	it('reports every injected fault at once, one line each, as file:line: column: message', () => {
		const { catalogue, problems } = validateCatalogue(readDataFiles(invalidDir), invalidDir);
		expect(catalogue).toBeNull();
		const expected = fs.readFileSync(`${invalidDir}/expected.txt`, 'utf8').trim().split('\n');
		expect(problems.map(formatProblem)).toEqual(expected);
	});

	it('reports a broken quote alone, not the cells of the rows read before it (rows are checked as they are read)', () => {
		const files = readDataFiles(validDir).map((f) => {
			if (f.path !== 'observations/physical_activity.csv') return f;
			const text = new TextDecoder().decode(f.bytes).trimEnd();
			const first = text.split('\n')[1] ?? '';
			expect(first).toContain(',34.9,');
			// A row whose value is not a number, then a row whose quote never closes.
			return { ...f, bytes: new TextEncoder().encode(`${text}\n${first.replace(',34.9,', ',x,')}\n"${first}\n`) };
		});
		const { catalogue, problems } = validateCatalogue(files, validDir);
		expect(catalogue).toBeNull();
		// The file's rows are all set aside (the dashboard then misses its totals); of the file itself,
		// only the syntax fault on its last row is reported, not the unreadable value before it.
		const own = problems.filter((p) => p.file.endsWith('/physical_activity.csv'));
		const lines = new TextDecoder()
			.decode(files.find((f) => f.path.endsWith('physical_activity.csv'))?.bytes)
			.split('\n');
		expect(own.map((p) => `${p.line}: ${p.column}`)).toEqual([`${lines.length - 1}: (row)`]);
	});

	it('refuses a concept that only one indicator has: it would group no look-alikes', () => {
		const files = readDataFiles(validDir).map((f) => {
			const text = new TextDecoder().decode(f.bytes);
			if (f.path === 'dimensions.csv')
				return { ...f, bytes: new TextEncoder().encode(`${text}concept,alone,,1,Alleen,Seul,Alone\n`) };
			if (f.path !== 'indicators.csv') return f;
			// The second indicator leaves its series (pa_adult_his), so only the concept is at fault.
			const [header = '', first = '', ...rest] = text.split('\n');
			const cells = first.split(',');
			const at = header.split(',').indexOf('concept');
			const series = header.split(',').indexOf('series');
			cells[at] = 'alone';
			cells[series] = '';
			return { ...f, bytes: new TextEncoder().encode([header, cells.join(','), ...rest].join('\n')) };
		});
		const { problems } = validateCatalogue(files, 'x');
		expect(problems.map(formatProblem)).toEqual([
			'x/indicators.csv:2: concept: concept "alone" has only this indicator: a concept groups look-alikes, so it needs at least two'
		]);
	});

	it('reports a missing data folder as missing files instead of throwing', () => {
		const { problems } = validateCatalogue(readDataFiles('tests/fixtures/does-not-exist'), 'x');
		expect(problems.map(formatProblem)).toContain('x/indicators.csv:1: (file): required file is missing');
		expect(problems.map(formatProblem)).toContain(
			'x/observations/:1: (file): no observation files found (data/observations/*.csv)'
		);
	});
});
