// The social cards are written by the build itself, not requested through Kit's prerender queue
// (issue #13: a build that stays flat). Kit visits its entries in order and re-enqueues each page
// at the queue's end after the redirect to its trailing-slash address, so it reached the cards
// before most pages: at 10× the data, 4,410 cards waiting for the drawing threads held every slot
// of the queue and the pages went at the cards' pace. Started by the init hook
// (src/hooks.server.ts), the cards are drawn on their threads while Kit renders the pages; the card
// route keeps one entry, which waits for all of them, so the build fails if any card fails.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from '$lib/i18n/langs.ts';
import { buildIndicatorView } from '$lib/views/indicator-view.ts';
import { prerenderedDependencies } from '../../../scripts/kit-out-dir.js';
import { siteUrl } from './downloads.ts';
import { indicatorPageFor, socialCardEntries } from './pages.ts';
import { socialCardPng, type SocialCardInput } from './social-card.ts';

export interface SocialCardEntry {
	lang: Lang;
	id: string;
	/** `{breakdown}.png` */
	file: string;
}

/** The card's address below the site root, which is also its path in the build's output. */
export function socialCardPath({ lang, id, file }: SocialCardEntry): string {
	return `${lang}/og/${id}/${file}`;
}

/** The breakdown a card's file is named after (`sex.png` → `sex`), or null for another name. */
export function cardBreakdown(file: string): string | null {
	return file.match(/^(.+)\.png$/)?.[1] ?? null;
}

/**
 * What draws the card of an indicator page with a given breakdown, or null when there is no such
 * page. The function holds only its parameters: a card waiting for a drawing thread stays small.
 */
export function socialCardFor(id: string, lang: Lang, breakdown: string): (() => SocialCardInput) | null {
	if (!indicatorPageFor(id, lang, breakdown)) return null;
	return () => {
		const page = indicatorPageFor(id, lang, breakdown)!;
		return {
			id,
			view: buildIndicatorView(page.data, page.breakdown, page.options.defaults, lang),
			unit: page.data.indicator.unit,
			population: page.data.indicator.population,
			lang,
			siteUrl
		};
	};
}

/**
 * Draws every entry's card with `draw` and writes it under `dir`. Every card is tried; then, if any
 * failed, it rejects with one error naming each failed card and why.
 */
export async function writeCards(
	entries: SocialCardEntry[],
	draw: (entry: SocialCardEntry) => Promise<Uint8Array>,
	dir: string
): Promise<void> {
	const results = await Promise.allSettled(
		entries.map(async (entry) => {
			const png = await draw(entry);
			const file = path.join(dir, socialCardPath(entry));
			await mkdir(path.dirname(file), { recursive: true });
			await writeFile(file, png);
		})
	);
	const failures = entries.flatMap((entry, i) => {
		const result = results[i];
		if (result?.status !== 'rejected') return [];
		const reason: unknown = result.reason;
		return [`${socialCardPath(entry)}: ${reason instanceof Error ? reason.message : String(reason)}`];
	});
	if (failures.length > 0)
		throw new Error(`${failures.length} social card(s) could not be drawn:\n${failures.join('\n')}`);
}

function drawEntry({ lang, id, file }: SocialCardEntry): Promise<Uint8Array> {
	const breakdown = cardBreakdown(file);
	const card = breakdown ? socialCardFor(id, lang, breakdown) : null;
	return card ? socialCardPng(card) : Promise.reject(new Error('no such indicator page'));
}

let all: Promise<void> | null = null;

/** Every card of the site, drawn and written once per build (the first call starts it). */
export function writeAllSocialCards(): Promise<void> {
	all ??= writeCards(socialCardEntries(), drawEntry, prerenderedDependencies);
	return all;
}

/** One card as written by writeAllSocialCards, once every card is written. */
export async function writtenSocialCard(entry: SocialCardEntry): Promise<Uint8Array> {
	await writeAllSocialCards();
	return readFile(path.join(prerenderedDependencies, socialCardPath(entry)));
}
