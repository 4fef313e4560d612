// C16: the validator never throws on mutated copies of the real data files, and every problem it
// reports names a file it was given and a line inside that file.
import fc from 'fast-check';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCatalogue, type DataFile } from '../data/validate.ts';
import { readDataFiles } from './data-dir.ts';
import { propertyRuns } from '../../../tests/support/property-runs.ts';

const realDir = fs.existsSync('data/indicators.csv') ? 'data' : 'tests/fixtures/valid';
const realFiles = readDataFiles(realDir);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

type Mutation =
	{ kind: 'delete' | 'duplicate' | 'swap' | 'truncate'; at: number } | { kind: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'swap', 'truncate'), at: fc.nat() }),
	fc.record({
		kind: fc.constant('insert'),
		at: fc.nat(),
		text: fc.oneof(
			fc.constantFrom('"', ',', '\n', '\r', '\r\n', '""', '\t', '\uFEFF', 'x'),
			fc.string({ maxLength: 4 })
		)
	})
) as fc.Arbitrary<Mutation>;

function mutate(text: string, m: Mutation): string {
	const at = text.length === 0 ? 0 : m.at % text.length;
	switch (m.kind) {
		case 'delete':
			return text.slice(0, at) + text.slice(at + 1);
		case 'duplicate':
			return text.slice(0, at + 1) + text.slice(at);
		case 'swap':
			return text.slice(0, at) + (text[at + 1] ?? '') + (text[at] ?? '') + text.slice(at + 2);
		case 'truncate':
			return text.slice(0, at);
		case 'insert':
			return text.slice(0, at) + m.text + text.slice(at);
	}
}

describe('validator under mutation (C16)', () => {
	it(`finds no problem in the unmodified files of ${realDir}/`, () => {
		expect(validateCatalogue(realFiles, realDir).problems).toEqual([]);
	});

	it('never throws, and names an existing file and a line within it', () => {
		fc.assert(
			fc.property(
				fc.nat({ max: realFiles.length - 1 }),
				fc.array(mutation, { minLength: 1, maxLength: 3 }),
				(index, mutations) => {
					const target = realFiles[index] as DataFile;
					const text = mutations.reduce(mutate, decoder.decode(target.bytes));
					const files = realFiles.map((f) => (f === target ? { path: f.path, bytes: encoder.encode(text) } : f));
					const { problems } = validateCatalogue(files, realDir);
					const lineCounts = new Map(
						files.map((f) => [`${realDir}/${f.path}`, decoder.decode(f.bytes).split('\n').length])
					);
					for (const p of problems) {
						expect(lineCounts.has(p.file), p.file).toBe(true);
						expect(p.line).toBeGreaterThanOrEqual(1);
						expect(p.line).toBeLessThanOrEqual((lineCounts.get(p.file) ?? 0) + 1);
					}
				}
			),
			{ numRuns: propertyRuns(1000) }
		);
	}, 180_000);
});
