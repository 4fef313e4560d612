// Shared helpers for the browser tests: serve build/, launch Debian's Chromium, run axe-core.
// These tests run after `npm run build` (see package.json "test"); they never skip: a missing
// build/ or a missing Chromium fails loudly with a message telling what to do.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserServer, type Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BUILD_DIR = path.join(ROOT, 'build');
export const LANGS = ['nl', 'fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface Site {
	/** Base URL with a trailing slash, e.g. http://localhost:43123/ */
	url: string;
	/** Absolute URL for a site path such as `/nl/`. */
	at(pathname: string): string;
	close(): Promise<void>;
}

export function assertBuildExists(): void {
	if (!fs.existsSync(BUILD_DIR) || !fs.statSync(BUILD_DIR).isDirectory()) {
		throw new Error(`build/ is missing at ${BUILD_DIR}: run npm run build first`);
	}
	if (listHtmlFiles().length === 0) {
		throw new Error(`build/ at ${BUILD_DIR} contains no HTML page: run npm run build first`);
	}
}

/** Serves build/ on a random free port. */
export async function startSite(): Promise<Site> {
	assertBuildExists();
	const server = await startServer({ dir: BUILD_DIR, port: 0 });
	return {
		url: server.url,
		at: (pathname: string) => new URL(pathname, server.url).href,
		close: () => server.close()
	};
}

/**
 * The run's shared site and Chromium (started once by global-setup.ts) for one test file: connects
 * in its first hook and disconnects after its last test, closing every context the file opened.
 */
export function withSite(): { readonly site: Site; readonly browser: Browser } {
	const env = {} as { site: Site; browser: Browser };
	beforeAll(async () => {
		const url = inject('siteUrl');
		env.site = { url, at: (pathname: string) => new URL(pathname, url).href, close: async () => {} };
		env.browser = await chromium.connect(inject('chromiumEndpoint'));
	});
	afterAll(async () => {
		await env.browser?.close();
	});
	return env;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

function assertChromium(): void {
	if (!fs.existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Chromium not found at ${CHROMIUM_PATH}. Install it (Debian: apt-get install -y chromium) ` +
				`or set CHROMIUM_PATH to a Chromium/Chrome executable. Browser tests never skip.`
		);
	}
}

/** Launches Chromium (Debian package by default). Never skips: a missing browser is a failure. */
export async function launchChromium(): Promise<Browser> {
	assertChromium();
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Launches the Chromium that every test file of a run connects to (global-setup.ts). */
export async function launchChromiumServer(): Promise<BrowserServer> {
	assertChromium();
	return chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

// ---------------------------------------------------------------------------------------------
// Page instrumentation: console errors, page errors and CSP violations, recorded from the very
// first script (addInitScript runs before any page script and is not subject to the page's CSP).

export interface PageProblems {
	consoleErrors: string[];
	pageErrors: string[];
	/** Filled by `collectCspViolations(page)` (reads window.__cspViolations). */
	cspViolations: CspViolation[];
}

export interface CspViolation {
	directive: string;
	blockedURI: string;
	sourceFile: string;
	line: number;
	column: number;
	sample: string;
}

const CSP_LISTENER = `
	window.__cspViolations = [];
	document.addEventListener('securitypolicyviolation', (e) => {
		window.__cspViolations.push({
			directive: e.effectiveDirective || e.violatedDirective,
			blockedURI: e.blockedURI,
			sourceFile: e.sourceFile,
			line: e.lineNumber,
			column: e.columnNumber,
			sample: e.sample
		});
	});
`;

/** Starts recording console errors, uncaught page errors and CSP violations for every page of the context. */
export async function instrument(context: BrowserContext): Promise<void> {
	await context.addInitScript({ content: CSP_LISTENER });
}

/** Console errors and uncaught errors of one page; call before navigating. */
export function watchPage(page: Page): PageProblems {
	const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
	page.on('console', (msg) => {
		if (msg.type() === 'error') {
			const loc = msg.location();
			problems.consoleErrors.push(`${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
		}
	});
	page.on('pageerror', (err) => problems.pageErrors.push(String(err.stack ?? err)));
	return problems;
}

export async function collectCspViolations(page: Page): Promise<CspViolation[]> {
	return page.evaluate(() => (window as unknown as { __cspViolations?: CspViolation[] }).__cspViolations ?? []);
}

// ---------------------------------------------------------------------------------------------
// axe-core

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	frame: string;
	nodes: { target: string; summary: string }[];
}

export interface AxeResult {
	violations: AxeViolation[];
	incomplete: number;
	/** One block per violation: rule id, impact, help, then each offending node's selector. */
	summary: string;
}

/**
 * Runs axe-core in every frame of the page. The source is evaluated (not added as a <script>
 * element), so the page's strict CSP does not block it.
 */
export async function runAxe(page: Page, tags: string[] = AXE_TAGS): Promise<AxeResult> {
	const violations: AxeViolation[] = [];
	let incomplete = 0;
	for (const frame of page.frames()) {
		await frame.evaluate(AXE_SOURCE);
		const result = await frame.evaluate(async (runTags: string[]) => {
			type AxeNode = { target: unknown[]; failureSummary?: string };
			type AxeRule = { id: string; impact?: string | null; help: string; helpUrl: string; nodes: AxeNode[] };
			const axe = (
				window as unknown as {
					axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeRule[]; incomplete: AxeRule[] }> };
				}
			).axe;
			const r = await axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] });
			return {
				incomplete: r.incomplete.length,
				violations: r.violations.map((v) => ({
					id: v.id,
					impact: v.impact ?? null,
					help: v.help,
					helpUrl: v.helpUrl,
					nodes: v.nodes.map((n) => ({
						target: n.target.map(String).join(' >>> '),
						summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim()
					}))
				}))
			};
		}, tags);
		incomplete += result.incomplete;
		for (const v of result.violations) violations.push({ ...v, frame: frame === page.mainFrame() ? '' : frame.url() });
	}
	return { violations, incomplete, summary: summariseAxe(violations) };
}

export function summariseAxe(violations: AxeViolation[]): string {
	if (violations.length === 0) return 'no axe violations';
	return violations
		.map((v) => {
			const nodes = v.nodes
				.slice(0, 10)
				.map((n) => `    - ${n.target}${n.summary ? `\n      ${n.summary}` : ''}`)
				.join('\n');
			const more = v.nodes.length > 10 ? `\n    … and ${v.nodes.length - 10} more` : '';
			return `[${v.id}] (${v.impact ?? 'n/a'}) ${v.help}${v.frame ? ` in frame ${v.frame}` : ''}\n  ${v.helpUrl}\n${nodes}${more}`;
		})
		.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Built pages

/** Every .html file under build/, relative, with forward slashes. */
export function listHtmlFiles(dir = BUILD_DIR): string[] {
	const out: string[] = [];
	const walk = (sub: string) => {
		for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
			const rel = sub ? `${sub}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(rel);
			else if (entry.name.endsWith('.html')) out.push(rel);
		}
	};
	if (fs.existsSync(dir)) walk('');
	return out.sort();
}

/** URL path of a built HTML file: `index.html` → `/`, `nl/index.html` → `/nl/`, `nl.html` → `/nl`. */
export function htmlFileToUrlPath(rel: string): string {
	if (rel === 'index.html') return '/';
	if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
	return `/${rel.slice(0, -'.html'.length)}`;
}

/** Every built HTML page (all languages, 404 included) as URL paths, sorted. */
export function builtPages(): string[] {
	assertBuildExists();
	return listHtmlFiles().map(htmlFileToUrlPath);
}

// ---------------------------------------------------------------------------------------------
// Charts: what a reader (or assistive technology) gets from each `figure svg[role="img"]`.

export interface ChartInfo {
	/** Index of the svg among `figure svg[role="img"]` on the page, for messages. */
	index: number;
	/** Accessible name: aria-labelledby text, else aria-label, else the svg's own <title>. */
	name: string;
	/** Accessible description: aria-describedby text, else the svg's own <desc>. */
	description: string;
	hasTable: boolean;
	/** Text of every `text.value-label` in the svg. */
	svgValues: string[];
	/** Text of every `td.value` in the figure's table. */
	tableValues: string[];
}

/** Reads every chart of the page. Works with JavaScript disabled (evaluation runs outside the page's scripts). */
export async function readCharts(page: Page): Promise<ChartInfo[]> {
	return page.evaluate(() => {
		const clean = (s: string | null | undefined) => (s ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
		const byIds = (ids: string | null) =>
			clean(
				(ids ?? '')
					.split(/\s+/)
					.filter(Boolean)
					.map((id) => document.getElementById(id)?.textContent ?? '')
					.join(' ')
			);
		const ownChild = (el: Element, tag: string) => Array.from(el.children).find((c) => c.localName === tag);
		return Array.from(document.querySelectorAll('figure svg.chart')).map((svg, index) => {
			const figure = svg.closest('figure')!;
			const table = figure.querySelector('table');
			return {
				index,
				name:
					byIds(svg.getAttribute('aria-labelledby')) ||
					clean(svg.getAttribute('aria-label')) ||
					clean(ownChild(svg, 'title')?.textContent),
				description: byIds(svg.getAttribute('aria-describedby')) || clean(ownChild(svg, 'desc')?.textContent),
				hasTable: table !== null,
				svgValues: Array.from(svg.querySelectorAll('text.value-label')).map((t) => clean(t.textContent)),
				tableValues: table ? Array.from(table.querySelectorAll('td.value')).map((td) => clean(td.textContent)) : []
			};
		});
	});
}

/** Shows invisible characters so a failing message tells U+202F from U+00A0 from a space. */
export function showSpaces(s: string): string {
	return s.replace(/\u202f/g, '<U+202F>').replace(/\u00a0/g, '<U+00A0>');
}
