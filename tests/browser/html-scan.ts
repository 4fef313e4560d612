// Regex-based checks of built HTML for C1 (CSP meta tag and script hashes) and C4 (no style
// attributes; a <style> element only with its hash in style-src, issue #13). Pure functions: tested on hand-written HTML in tests/unit/build-output.test.ts, applied
// to build/ in tests/browser/build-output.test.ts.
//
// The scan first blanks out comments and the *bodies* of <script>/<style>/<textarea>/<title>
// elements (keeping offsets), so text such as `if (a<b) style="x"` inside a script is not
// mistaken for markup.

import { createHash } from 'node:crypto';

export interface InlineScript {
	/** Exact text between <script …> and </script>, as hashed by the browser. */
	body: string;
	/** 'sha256-<base64>' of the UTF-8 body. */
	hash: string;
	offset: number;
}

export interface HtmlScan {
	cspMetas: { content: string; offset: number }[];
	/** Offset of the first <script>, <style>, stylesheet/preload <link>; Infinity if none. */
	firstResourceOffset: number;
	firstResourceTag: string;
	inlineScripts: InlineScript[];
	styleAttributes: string[];
	styleElements: number;
	/** Every <style> element: its exact text and 'sha256-<base64>' (kit.inlineStyleThreshold, issue #13). */
	inlineStyles: InlineScript[];
}

const RAW_TEXT = /<(script|style|textarea|title)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;

/** Blanks comments and raw-text element bodies with spaces, keeping every offset. */
export function maskHtml(html: string): string {
	const blank = (s: string) => s.replace(/[^\n]/g, ' ');
	return html.replace(/<!--[\s\S]*?-->/g, blank).replace(RAW_TEXT, (whole: string, _tag: string, body: string) => {
		const openEnd = whole.indexOf('>') + 1;
		return whole.slice(0, openEnd) + blank(body) + whole.slice(openEnd + body.length);
	});
}

export function decodeEntities(s: string): string {
	return s
		.replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
		.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Attributes of a start tag (`<meta a="1" b=2 c>`), names lower-cased, values entity-decoded. */
export function parseAttributes(tag: string): Record<string, string> {
	const attrs: Record<string, string> = {};
	const inner = tag.replace(/^<[a-zA-Z][^\s/>]*/, '').replace(/\/?>$/, '');
	const re = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(inner))) {
		attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
	}
	return attrs;
}

const JS_TYPES = new Set([
	'',
	'module',
	'text/javascript',
	'application/javascript',
	'application/ecmascript',
	'text/ecmascript',
	'application/x-javascript'
]);

export function sha256(body: string): string {
	return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}

export function scanHtml(html: string): HtmlScan {
	const masked = maskHtml(html);
	const tags = [...masked.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g)].map((m) => ({
		name: m[1]!.toLowerCase(),
		raw: html.slice(m.index!, m.index! + m[0].length),
		offset: m.index!
	}));

	const cspMetas = tags
		.filter((t) => t.name === 'meta')
		.map((t) => ({ attrs: parseAttributes(t.raw), offset: t.offset }))
		.filter(({ attrs }) => (attrs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy')
		.map(({ attrs, offset }) => ({ content: attrs.content ?? '', offset }));

	const resource = tags.find((t) => {
		if (t.name === 'script' || t.name === 'style') return true;
		if (t.name !== 'link') return false;
		const rel = (parseAttributes(t.raw).rel ?? '').toLowerCase().split(/\s+/);
		return rel.includes('stylesheet') || rel.includes('modulepreload') || rel.includes('preload');
	});

	const inlineScripts: InlineScript[] = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		// Only script elements that are real tags (not text inside another script/comment).
		if (masked.slice(m.index!, m.index! + 7).toLowerCase() !== '<script') continue;
		const attrs = parseAttributes(`<script${m[1]}>`);
		if ('src' in attrs) continue;
		if (!JS_TYPES.has((attrs.type ?? '').trim().toLowerCase())) continue; // data blocks (JSON) are not executed
		const body = m[2]!;
		inlineScripts.push({ body, hash: sha256(body), offset: m.index! });
	}

	const styleAttributes = tags.filter((t) => 'style' in parseAttributes(t.raw)).map((t) => t.raw.slice(0, 200));
	const styleElements = tags.filter((t) => t.name === 'style').length;
	const inlineStyles: InlineScript[] = [];
	for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
		if (masked.slice(m.index!, m.index! + 6).toLowerCase() !== '<style') continue;
		inlineStyles.push({ body: m[1]!, hash: sha256(m[1]!), offset: m.index! });
	}

	return {
		cspMetas,
		firstResourceOffset: resource?.offset ?? Infinity,
		firstResourceTag: resource?.raw.slice(0, 120) ?? '',
		inlineScripts,
		styleAttributes,
		styleElements,
		inlineStyles
	};
}

/** Directive name → source list, from a policy string. */
export function parseCsp(policy: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (!name) continue;
		const key = name.toLowerCase();
		if (!out.has(key)) out.set(key, values); // the first occurrence wins (CSP3)
	}
	return out;
}

/** The sources that govern inline scripts: script-src-elem, else script-src, else default-src. */
export function scriptSources(csp: Map<string, string[]>): { directive: string; sources: string[] } {
	for (const directive of ['script-src-elem', 'script-src', 'default-src']) {
		const sources = csp.get(directive);
		if (sources) return { directive, sources };
	}
	return { directive: '(none)', sources: [] };
}

/** The sources that govern <style> elements: style-src-elem, else style-src, else default-src. */
export function styleSources(csp: Map<string, string[]>): { directive: string; sources: string[] } {
	for (const directive of ['style-src-elem', 'style-src', 'default-src']) {
		const sources = csp.get(directive);
		if (sources) return { directive, sources };
	}
	return { directive: '(none)', sources: [] };
}

/**
 * Every C1/C4 problem of one HTML file, as readable sentences (empty = fine).
 */
export function htmlProblems(html: string): string[] {
	const scan = scanHtml(html);
	const problems: string[] = [];
	if (scan.cspMetas.length !== 1) {
		problems.push(`has ${scan.cspMetas.length} <meta http-equiv="content-security-policy"> tags, expected exactly 1`);
	}
	const meta = scan.cspMetas[0];
	if (meta) {
		if (meta.offset > scan.firstResourceOffset) {
			problems.push(`CSP meta comes after ${scan.firstResourceTag}: the policy does not cover what precedes it`);
		}
		const csp = parseCsp(meta.content);
		const { directive, sources } = scriptSources(csp);
		if (sources.length === 0) problems.push('CSP has no script-src (nor default-src): scripts are unrestricted');
		for (const csp2 of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
			for (const bad of ["'unsafe-inline'", "'unsafe-eval'"]) {
				if (csp.get(csp2)?.includes(bad)) problems.push(`CSP ${csp2} contains ${bad}`);
			}
		}
		const styles = styleSources(csp);
		for (const bad of ["'unsafe-inline'", "'unsafe-eval'"]) {
			for (const d of ['style-src', 'style-src-elem', 'style-src-attr']) {
				if (csp.get(d)?.includes(bad)) problems.push(`CSP ${d} contains ${bad}`);
			}
		}
		for (const style of scan.inlineStyles) {
			if (!styles.sources.includes(`'${style.hash}'`)) {
				problems.push(
					`inline <style> at offset ${style.offset} has hash '${style.hash}', not listed in ${styles.directive}`
				);
			}
		}
		for (const script of scan.inlineScripts) {
			if (!sources.includes(`'${script.hash}'`)) {
				problems.push(
					`inline <script> at offset ${script.offset} (${JSON.stringify(script.body.slice(0, 60))}…) has hash '${script.hash}', not listed in ${directive}`
				);
			}
		}
	}
	for (const attr of scan.styleAttributes) problems.push(`style attribute (blocked by style-src, kit #11747): ${attr}`);
	if (!meta && scan.styleElements > 0) problems.push(`${scan.styleElements} inline <style> element(s) without a CSP`);
	return problems;
}
