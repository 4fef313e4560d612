// Shared helpers for the browser tests: the built site, Debian's Chromium, page instrumentation.
// These tests run after `npm run build` (see package.json "test"); they never skip: a missing
// build/ or a missing Chromium fails loudly with a message telling what to do.

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserServer,
	type Download,
	type Page,
	type Response
} from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { DEFERRED_CALL, FIRST_USE_CALL } from '../../src/lib/server/first-paint.ts';

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
 * in its first hook, with one instrumented light-scheme context ready (see `instrument`), and
 * disconnects after its last test, closing every context the file opened.
 */
export function withSite(): { readonly site: Site; readonly browser: Browser; readonly context: BrowserContext } {
	const env = {} as { site: Site; browser: Browser; context: BrowserContext };
	beforeAll(async () => {
		const url = inject('siteUrl');
		env.site = { url, at: (pathname: string) => new URL(pathname, url).href, close: async () => {} };
		env.browser = await chromium.connect(inject('chromiumEndpoint'));
		env.context = await env.browser.newContext();
		await instrument(env.context);
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

/**
 * Opens a page and, when it hydrates at all, waits until it has (the layout marks <html
 * data-hydrated>): hydration starts after the first paint, which on two busy cores can come after
 * the load event, and a control used or a query-string view read before it is not yet live.
 * A page without SvelteKit's (deferred) bootstrap, such as an embed, returns at its load event (its
 * script is a module, run before it). Not network idle: that waits a further 500 ms per page.
 * An explorer starts its client at the reader's first use of a control: this points at one, as a
 * reader's mouse would (a pointerover event; neither the mouse nor the focus moves).
 */
export async function openHydrated(page: Page, url: string): Promise<Response | null> {
	const response = await page.goto(url, { waitUntil: 'load' });
	const when = await page.evaluate(
		([paint, use]) => {
			const bodies = [...document.scripts].map((s) => s.textContent ?? '');
			return bodies.some((b) => b.includes(use)) ? 'use' : bodies.some((b) => b.includes(paint)) ? 'paint' : null;
		},
		[DEFERRED_CALL, FIRST_USE_CALL] as const
	);
	if (when === 'use') await pointAtAControl(page);
	if (when) await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 30_000 });
	return response;
}

/** A reader's pointer over the page's first control (what starts an explorer's client), without moving the mouse. */
export async function pointAtAControl(page: Page): Promise<void> {
	await page.evaluate(() => {
		const control = document.querySelector('main input, main select, main button');
		if (!control) throw new Error('pointAtAControl: the page has no control');
		control.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
	});
}

export async function collectCspViolations(page: Page): Promise<CspViolation[]> {
	return page.evaluate(() => (window as unknown as { __cspViolations?: CspViolation[] }).__cspViolations ?? []);
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

/** The bytes of a finished download (the shared Chromium is remote, so there is no local path to read). */
export async function downloadBytes(download: Download): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

/**
 * Runs `task` over `items`, one worker per page: file scans parse on two pages at once, so both
 * cores work (each page has its own renderer process) while this file's checks run in Node.
 */
export async function onPages<T>(pages: Page[], items: readonly T[], task: (page: Page, item: T) => Promise<void>) {
	let next = 0;
	await Promise.all(
		pages.map(async (page) => {
			while (next < items.length) await task(page, items[next++]!);
		})
	);
}
