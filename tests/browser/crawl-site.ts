// The built site as the crawler sees it: every HTML page of build/ parsed (links, assets, ids,
// canonical and hreflang) and every internal URL resolved to a file, without a server or browser.

import fs from 'node:fs';
import path from 'node:path';
import { BUILD_DIR, htmlFileToUrlPath, listHtmlFiles } from './harness.ts';
import { maskHtml, parseAttributes } from './html-scan.ts';

export const ORIGIN = 'http://site.invalid';
export const HTML_FILES = listHtmlFiles();

/**
 * Pages exempt from the per-translation rules (canonical, hreflang, footer link), with the reason:
 * - `index.html` (/) is the language chooser: it is not a translation of anything; it declares only
 *   hreflang="x-default" and links to the three languages.
 * - `404.html` is served by the host for every unknown URL, at any address: a canonical URL or
 *   alternates would be false for all of them; it links to the three languages and their statements.
 */
export const NOT_A_TRANSLATION = new Set(['index.html', '404.html']);

/**
 * Embeds (/<lang>/embed/…) are chart fragments made to sit in an iframe on other sites: they are
 * `noindex`, so canonical and hreflang would tell search engines nothing, and they carry no site
 * footer. Instead each must be noindex and link to its full view on the site, which carries the
 * alternates and the footer link to the accessibility statement (checked below).
 */
export const isEmbed = (file: string) => /^(nl|fr|en)\/embed\//.test(file);

/** Element → attributes that hold a URL the browser fetches or follows. */
export const URL_ATTRIBUTES: Record<string, string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	iframe: ['src'],
	video: ['src', 'poster'],
	audio: ['src'],
	embed: ['src'],
	object: ['data'],
	form: ['action']
};

export interface Ref {
	from: string; // HTML file, relative to build/
	tag: string;
	attr: string;
	raw: string;
	rel: string;
}

export interface Page {
	file: string;
	urlPath: string;
	lang: string | null;
	title: string;
	ids: Set<string>;
	refs: Ref[];
	canonical: string[];
	alternates: { hreflang: string; href: string }[];
	html: string;
}

export function parsePage(file: string, html = fs.readFileSync(path.join(BUILD_DIR, file), 'utf8')): Page {
	const masked = maskHtml(html);
	const page: Page = {
		file,
		urlPath: htmlFileToUrlPath(file),
		lang: null,
		title: '',
		ids: new Set(),
		refs: [],
		canonical: [],
		alternates: [],
		html
	};
	for (const m of masked.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g)) {
		const tag = m[1]!.toLowerCase();
		const attrs = parseAttributes(html.slice(m.index!, m.index! + m[0].length));
		if (attrs.id) page.ids.add(attrs.id);
		if (tag === 'a' && attrs.name) page.ids.add(attrs.name);
		if (tag === 'html') page.lang = attrs.lang ?? null;
		if (tag === 'meta' && (attrs['http-equiv'] ?? '').toLowerCase() === 'refresh') {
			const url = /url\s*=\s*['"]?([^'"]+)/i.exec(attrs.content ?? '')?.[1];
			if (url) page.refs.push({ from: file, tag, attr: 'content', raw: url.trim(), rel: 'refresh' });
		}
		for (const attr of URL_ATTRIBUTES[tag] ?? []) {
			const value = attrs[attr];
			if (value === undefined) continue;
			const rel = (attrs.rel ?? '').toLowerCase();
			const values = attr === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value.trim()];
			for (const raw of values.filter(Boolean)) page.refs.push({ from: file, tag, attr, raw, rel });
			if (tag === 'link' && attr === 'href') {
				if (rel.split(/\s+/).includes('canonical')) page.canonical.push(value);
				if (rel.split(/\s+/).includes('alternate') && attrs.hreflang)
					page.alternates.push({ hreflang: attrs.hreflang, href: value });
			}
		}
	}
	const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
	page.title = (title?.[1] ?? '').replace(/\s+/g, ' ').trim();
	return page;
}

export const PAGES = new Map(HTML_FILES.map((f) => [f, parsePage(f)]));

/** The build/ file a site path is served from (as scripts/serve.mjs and the hosts do), or null. */
export function fileFor(pathname: string): { file: string; redirected: boolean } | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	const rel = decoded.replace(/^\/+/, '');
	const exists = (p: string) => {
		const abs = path.join(BUILD_DIR, p);
		return abs.startsWith(BUILD_DIR) && fs.existsSync(abs) && fs.statSync(abs).isFile();
	};
	if (decoded.endsWith('/')) {
		const index = `${rel}index.html`;
		if (exists(index)) return { file: index, redirected: false };
		if (rel && exists(`${rel.replace(/\/+$/, '')}.html`))
			return { file: `${rel.replace(/\/+$/, '')}.html`, redirected: true };
		return null;
	}
	if (rel === '_headers' || rel === '_redirects') return null; // never served
	if (exists(rel)) return { file: rel, redirected: false };
	if (exists(`${rel}.html`)) return { file: `${rel}.html`, redirected: false };
	if (exists(`${rel}/index.html`)) return { file: `${rel}/index.html`, redirected: true };
	return null;
}

export interface Resolution {
	broken: string[];
	redirected: string[];
	external: Set<string>;
	checked: number;
}

export function resolveAll(pages: Map<string, Page> = PAGES): Resolution {
	const out: Resolution = { broken: [], redirected: [], external: new Set(), checked: 0 };
	for (const page of pages.values()) {
		const base = new URL(page.urlPath, ORIGIN);
		for (const ref of page.refs) {
			const where = `${ref.from}: <${ref.tag} ${ref.attr}="${ref.raw}">`;
			if (/^(mailto|tel|data|blob):/i.test(ref.raw)) continue;
			if (/^javascript:/i.test(ref.raw)) {
				out.broken.push(`${where}: javascript: URL`);
				continue;
			}
			let url: URL;
			try {
				url = new URL(ref.raw, base);
			} catch {
				out.broken.push(`${where}: not a URL`);
				continue;
			}
			if (url.origin !== ORIGIN) {
				if (/^https?:$/.test(url.protocol)) out.external.add(url.href);
				else out.broken.push(`${where}: unexpected scheme ${url.protocol}`);
				continue;
			}
			out.checked++;
			const target = fileFor(url.pathname); // query strings are view state, not files: stripped
			if (!target) {
				out.broken.push(`${where}: no file in build/ for ${url.pathname}`);
				continue;
			}
			if (target.redirected)
				out.redirected.push(`${where}: ${url.pathname} only exists as ${target.file} (served through a redirect)`);
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && fragment !== 'top') {
				const targetPage = pages.get(target.file);
				if (!targetPage)
					out.broken.push(`${where}: #${fragment} points into ${target.file}, which is not an HTML page`);
				else if (!targetPage.ids.has(fragment))
					out.broken.push(`${where}: no element with id="${fragment}" in ${target.file}`);
			}
		}
	}
	return out;
}

export const RESOLUTION = resolveAll();
export const TRANSLATIONS = [...PAGES.values()].filter((p) => !NOT_A_TRANSLATION.has(p.file) && !isEmbed(p.file));
export const EMBEDS = [...PAGES.values()].filter((p) => isEmbed(p.file));
export const sitePath = (href: string, from: string) => new URL(href, new URL(from, ORIGIN)).pathname;
