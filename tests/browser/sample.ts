// Which built pages the browser suite opens. `npm test` opens a stratified sample: every page type
// in every language (the first page of each stratum), plus a share of the remaining pages chosen
// afresh by the seed, so that successive commits cover every page over time. `npm run test:full` (TEST_FULL=1) opens every page. The seed is the commit hash (TEST_SEED
// overrides it) and is printed, so a failing sample can be re-run exactly.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { LANGS, ROOT, builtPages, type Lang } from './harness.ts';

export const FULL = process.env.TEST_FULL === '1';

function commitHash(): string {
	try {
		return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
	} catch {
		return 'no-git';
	}
}

export const SEED = process.env.TEST_SEED ?? commitHash();

/** A stable pseudo-random rank of `item` for this seed (and salt): sort by it to draw a sample. */
export function rank(item: string, salt = ''): string {
	return createHash('sha1').update(`${SEED}\u0000${salt}\u0000${item}`).digest('hex');
}

/** The `count` items of lowest rank: a sample that changes with the seed and is reproducible. */
export function draw<T extends string>(items: readonly T[], count: number, salt = ''): T[] {
	return [...items].sort((a, b) => rank(a, salt).localeCompare(rank(b, salt))).slice(0, count);
}

/** The seed's choice of one language (the suite's language-wide checks run on it; all three when full). */
export function sampleLangs(salt: string): readonly Lang[] {
	return FULL ? LANGS : draw(LANGS, 1, salt);
}

/** The page type of a URL path: the stratum it is sampled in. */
export function pageType(pathname: string): string {
	const [lang, section, ...rest] = pathname.split('/').filter(Boolean);
	if (!lang) return 'root';
	if (!(LANGS as readonly string[]).includes(lang)) return lang; // 404.html → '404.html'
	if (!section) return 'home';
	if (section === 'embed' && rest[0] === 'compare') return 'embed compare'; // embed/compare/{a}/{b}/{split}/{year}/{region}
	if (section === 'embed') return `embed ${rest[2] ?? ''}`.trim(); // embed/{id}/{breakdown}/{view}/{year}/{region}
	if (section === 'indicator') return rest.length > 1 ? 'indicator breakdown' : 'indicator';
	if (section === 'stories') return rest.length > 0 ? 'story' : 'stories';
	if (section === 'compare') return 'compare'; // the compare page and its topic pages
	return section;
}

function langOf(pathname: string): string {
	return pathname.split('/')[1] ?? '';
}

/** The views that live in the query string, opened on indicator pages besides their default view. */
export const QUERY_VIEWS = ['table', 'trend', 'map'] as const;

export interface PageSample {
	/** URL paths to open (query-string views included). */
	pages: string[];
	/** One page per page type and language: these are also used (hovered, focused, disclosures opened). */
	representatives: Set<string>;
	/** Every page of the build, for the record. */
	total: number;
}

/** A stratified sample: the first item of every stratum, plus the seed's share `extra` of the rest. */
export interface Stratified<T extends string> {
	/** The chosen items, in their original order. */
	chosen: T[];
	/** The first item of each stratum. */
	representatives: Set<T>;
}

/** Every item when the run is full; otherwise one per stratum (`stratumOf`) plus `extra` of the rest. */
export function stratified<T extends string>(
	items: readonly T[],
	stratumOf: (item: T) => string,
	salt: string,
	extra: number
): Stratified<T> {
	const firsts = new Map<string, T>();
	for (const item of items) {
		const key = stratumOf(item);
		if (!firsts.has(key)) firsts.set(key, item);
	}
	const representatives = new Set(firsts.values());
	if (FULL) return { chosen: [...items], representatives };
	const chosen = new Set(representatives);
	const rest = items.filter((item) => !chosen.has(item));
	for (const item of draw(rest, Math.ceil(rest.length * extra), salt)) chosen.add(item);
	return { chosen: items.filter((item) => chosen.has(item)), representatives };
}

/**
 * The pages to check for one salt (e.g. a colour scheme, so light and dark draw different pages).
 * Every page type × language is represented; `extra` is the share of the other pages added.
 */
export function samplePages(salt: string, extra = 0.01): PageSample {
	const all = builtPages();
	const views = all
		.filter((p) => pageType(p) === 'indicator')
		.flatMap((p) => QUERY_VIEWS.map((view) => `${p}?view=${view}`));
	const everything = [...all, ...views];
	const stratumOf = (p: string) =>
		`${p.includes('?view=') ? `indicator ${p.split('?view=')[1]} view` : pageType(p)} · ${langOf(p)}`;
	const { chosen, representatives } = stratified(everything, stratumOf, salt, extra);
	return { pages: chosen, representatives, total: everything.length };
}
