// The build's own card writer: every card written at its address, and a failure reported with
// every other failure once all were tried (the build then stops, naming each card).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { socialCardFor, socialCardPath, writeCards, type SocialCardEntry } from './social-card-files.ts';

const entries: SocialCardEntry[] = [
	{ lang: 'nl', id: 'a', file: 'region.png' },
	{ lang: 'fr', id: 'a', file: 'sex.png' },
	{ lang: 'en', id: 'b', file: 'region.png' },
	{ lang: 'en', id: 'c', file: 'age.png' }
];

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeCards', () => {
	test('writes each card at its address below the folder', async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'cards-'));
		await writeCards(entries, async (e) => new TextEncoder().encode(`${e.id} ${e.lang} ${e.file}`), dir);
		for (const e of entries)
			expect(await readFile(path.join(dir, e.lang, 'og', e.id, e.file), 'utf8')).toBe(`${e.id} ${e.lang} ${e.file}`);
		expect(socialCardPath({ lang: 'nl', id: 'a', file: 'region.png' })).toBe('nl/og/a/region.png');
	});

	test('tries every card, writes the ones that drew, then names each failure and its reason', async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'cards-'));
		const draw = async (e: SocialCardEntry) => {
			if (e.id === 'a') throw new Error(`cannot draw ${e.file}`);
			return new Uint8Array([1, 2, 3]);
		};
		await expect(writeCards(entries, draw, dir)).rejects.toThrow(
			'2 social card(s) could not be drawn:\nnl/og/a/region.png: cannot draw region.png\nfr/og/a/sex.png: cannot draw sex.png'
		);
		expect([...(await readFile(path.join(dir, 'en/og/b/region.png')))]).toEqual([1, 2, 3]);
		expect([...(await readFile(path.join(dir, 'en/og/c/age.png')))]).toEqual([1, 2, 3]);
	});
});

describe('socialCardFor', () => {
	test('is null for an indicator or breakdown that has no page', () => {
		expect(socialCardFor('no_such_indicator', 'nl', 'region')).toBeNull();
	});
});
