// C3: the HTTP headers a host applies from build/_headers (Netlify / Cloudflare Pages syntax; written
// from static/_headers), checked on the parsed file and on real responses of scripts/serve.mjs,
// which applies the same file. The per-page CSP lives in a <meta> tag (kit.csp, C1); the header CSP
// may only carry frame-ancestors, which a meta tag cannot.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/serve.mjs';
import { BUILD_DIR, LANGS, assertBuildExists, startSite, type Site } from './harness.ts';

assertBuildExists();
const HEADERS_FILE = path.join(BUILD_DIR, '_headers');

type Rules = ReturnType<typeof parseHeadersFile>;
let rules: Rules = [];
let site: Site;

beforeAll(async () => {
	expect(fs.existsSync(HEADERS_FILE), 'build/_headers (copied from static/_headers)').toBe(true);
	rules = parseHeadersFile(fs.readFileSync(HEADERS_FILE, 'utf8'));
	site = await startSite();
});

afterAll(async () => {
	await site?.close();
});

/** Headers for a path as serve.mjs (and Cloudflare Pages) merge them, names lower-cased. */
function effective(urlPath: string): Record<string, string> {
	return Object.fromEntries(
		headersFor(rules, urlPath).map(([name, value]) => [String(name).toLowerCase(), String(value)])
	);
}

/** Directive names of a CSP (all comma-separated policies). */
function cspDirectives(value: string): string[] {
	return value
		.split(/[;,]/)
		.map((d) => d.trim().split(/\s+/)[0]?.toLowerCase() ?? '')
		.filter(Boolean);
}

function get(urlPath: string): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
	return new Promise((resolve, reject) => {
		const req = http.get(site.at(urlPath), { headers: { 'accept-encoding': 'gzip' } }, (res) => {
			res.resume();
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
		});
		req.on('error', reject);
	});
}

const EMBED_PATHS = LANGS.map((lang) => `/${lang}/embed/pa_aerobic_who_ehispaq/`);

describe('build/_headers rules', () => {
	test('has a site-wide /* rule with frame-ancestors, nosniff, referrer and permissions policies', () => {
		const site = rules.find((r) => r.pattern === '/*');
		expect(site, 'a /* rule').toBeDefined();
		const set = Object.fromEntries(site!.set.map(([n, v]) => [n.toLowerCase(), v]));
		expect(set).toMatchObject({
			'content-security-policy': "frame-ancestors 'self'",
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'strict-origin-when-cross-origin'
		});
		expect(set['permissions-policy']).toMatch(/camera=\(\)/);
		expect(set['permissions-policy']).toMatch(/microphone=\(\)/);
		expect(set['permissions-policy']).toMatch(/geolocation=\(\)/);
	});

	test.each([
		'/',
		'/nl/',
		'/fr/indicators/',
		'/en/indicator/pa_aerobic_who_ehispaq/',
		'/_app/immutable/x.js',
		'/404.html'
	])('%s may only be framed by the site itself', (p) => {
		expect(effective(p)['content-security-policy']).toBe("frame-ancestors 'self'");
	});

	test.each(EMBED_PATHS)('%s may be framed by any site (frame-ancestors *, and nothing stricter)', (p) => {
		const h = effective(p);
		// Exactly one policy: a second one ("frame-ancestors 'self'") joined with a comma would still block other sites.
		expect(h['content-security-policy']).toBe('frame-ancestors *');
		expect(h['x-frame-options']).toBeUndefined();
	});

	test('the embed rule also replaces the site-wide value where the host does not know `!` (Netlify: the later rule wins)', () => {
		const netlify: Record<string, string> = {};
		for (const rule of rules)
			if (rule.regex.test(EMBED_PATHS[0]!)) for (const [n, v] of rule.set) netlify[n.toLowerCase()] = v;
		expect(netlify['content-security-policy']).toBe('frame-ancestors *');
	});

	test('no header sets X-Frame-Options (frame-ancestors supersedes it, and it would block embeds)', () => {
		for (const rule of rules)
			for (const [name] of rule.set) expect(name.toLowerCase(), `rule ${rule.pattern}`).not.toBe('x-frame-options');
	});

	test('no header CSP contains default-src, script-src or style-src (they would block the hashed inline bootstrap, kit #9496)', () => {
		for (const rule of rules) {
			for (const [name, value] of rule.set.filter(([n]) => /^content-security-policy(-report-only)?$/i.test(n))) {
				const directives = cspDirectives(value);
				expect(
					directives.filter((d) => /^(default-src|script-src|style-src)/.test(d)),
					`${rule.pattern} ${name}: ${value}`
				).toEqual([]);
				expect(
					directives.every((d) => d === 'frame-ancestors'),
					`${rule.pattern}: only frame-ancestors belongs in the header`
				).toBe(true);
			}
		}
	});

	test('/api/* answers any origin (Access-Control-Allow-Origin: *)', () => {
		expect(effective('/api/v1/indicators.json')['access-control-allow-origin']).toBe('*');
		expect(effective('/nl/')['access-control-allow-origin']).toBeUndefined();
	});
});

describe('responses of the local server (scripts/serve.mjs applies build/_headers)', () => {
	test.each(['/nl/', '/fr/', '/en/'])('%s arrives with the site-wide headers', async (p) => {
		const res = await get(p);
		expect(res.status).toBe(200);
		expect(res.headers['content-security-policy']).toBe("frame-ancestors 'self'");
		expect(res.headers['x-content-type-options']).toBe('nosniff');
		expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(res.headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
		expect(res.headers['x-frame-options']).toBeUndefined();
	});

	test('an embed path arrives with frame-ancestors * only (404 until embeds are built: headers apply to the path either way)', async () => {
		const res = await get(EMBED_PATHS[0]!);
		expect([200, 404]).toContain(res.status);
		expect(res.headers['content-security-policy']).toBe('frame-ancestors *');
		expect(res.headers['x-frame-options']).toBeUndefined();
		expect(res.headers['x-content-type-options']).toBe('nosniff');
	});

	test('an /api/ path arrives with Access-Control-Allow-Origin: *', async () => {
		const res = await get('/api/v1/indicators.json');
		expect(res.headers['access-control-allow-origin']).toBe('*');
	});

	test('_headers itself is not served', async () => {
		expect((await get('/_headers')).status).toBe(404);
	});
});
