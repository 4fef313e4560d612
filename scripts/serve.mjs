#!/usr/bin/env node
// Tiny dependency-free static file server for the built site (adapter-static output in build/).
//
//   node scripts/serve.mjs [dir] [--port N]      (PORT env also works; default 4173)
//
// - `/x/` serves `x/index.html`; `/x` serves `x.html`. When only the other form exists, it
//   redirects (308) to it, like Cloudflare Pages / Netlify pretty URLs: SvelteKit writes relative
//   asset URLs (`./_app/…` or `../_app/…`) computed for one form, so serving `x/index.html` at `/x`
//   would break them.
// - Unknown paths get `404.html` (if present) with status 404.
// - Path traversal (`..`, encoded or not, NUL bytes, bad percent-encoding) is refused (400/404).
// - Headers from `<dir>/_headers` (Netlify/Cloudflare syntax) are applied to every response whose
//   URL path matches: a pattern line (`/*`, `/nl/embed/*`, `/:lang/embed/*`) followed by indented
//   `Name: value` lines; `# comments`; `! Name` removes a header set by an earlier rule; the same
//   header from several matching rules is joined with ", " (Cloudflare behaviour).
// - `_headers` and `_redirects` themselves are not served.
// - gzip when the client accepts it (text-like types only).
//
// Tests import `startServer({ dir, port })` (port 0 = random free port) → { url, port, close }.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.htm': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.map': 'application/json; charset=utf-8'
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/** @param {string} file */
export function contentType(file) {
	return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Parses a Netlify/Cloudflare `_headers` file.
 * @param {string} text
 * @returns {{ pattern: string, regex: RegExp, set: [string, string][], detach: string[] }[]}
 */
export function parseHeadersFile(text) {
	const rules = [];
	let current = null;
	for (const raw of text.split(/\r?\n/)) {
		if (!raw.trim() || raw.trim().startsWith('#')) continue;
		if (!/^\s/.test(raw)) {
			const pattern = raw.trim();
			current = { pattern, regex: patternToRegex(pattern), set: [], detach: [] };
			rules.push(current);
			continue;
		}
		if (!current) throw new Error(`_headers: header line before any path pattern: ${JSON.stringify(raw)}`);
		const line = raw.trim();
		if (line.startsWith('!')) {
			current.detach.push(line.slice(1).trim().toLowerCase());
			continue;
		}
		const colon = line.indexOf(':');
		if (colon <= 0) throw new Error(`_headers: expected "Name: value", got ${JSON.stringify(raw)}`);
		current.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/** `*` matches anything (also `/`), `:name` matches one path segment; everything else is literal. */
function patternToRegex(pattern) {
	// Absolute-URL patterns (https://host/path) are matched on their path part only.
	const p = pattern.replace(/^[a-z]+:\/\/[^/]*/i, '');
	let re = '';
	for (let i = 0; i < p.length; i++) {
		const c = p[i];
		if (c === '*') re += '.*';
		else if (c === ':' && /[A-Za-z_]/.test(p[i + 1] ?? '')) {
			while (/[A-Za-z0-9_]/.test(p[i + 1] ?? '')) i++;
			re += '[^/]+';
		} else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
	}
	return new RegExp(`^${re}$`);
}

/**
 * Headers that apply to a URL path, in file order.
 * @param {ReturnType<typeof parseHeadersFile>} rules
 * @param {string} urlPath
 */
export function headersFor(rules, urlPath) {
	/** @type {Map<string, {name: string, value: string}>} */
	const out = new Map();
	for (const rule of rules) {
		if (!rule.regex.test(urlPath)) continue;
		for (const name of rule.detach) out.delete(name);
		for (const [name, value] of rule.set) {
			const key = name.toLowerCase();
			const prev = out.get(key);
			out.set(key, { name, value: prev ? `${prev.value}, ${value}` : value });
		}
	}
	return [...out.values()].map(({ name, value }) => [name, value]);
}

function acceptsGzip(req) {
	const ae = String(req.headers['accept-encoding'] ?? '');
	return ae.split(',').some((part) => {
		const [coding, ...params] = part
			.trim()
			.split(';')
			.map((s) => s.trim());
		if (coding !== 'gzip' && coding !== '*') return false;
		const q = params.find((p) => p.startsWith('q='));
		return !q || Number(q.slice(2)) > 0;
	});
}

function isFile(p) {
	try {
		return fs.statSync(p).isFile();
	} catch {
		return false;
	}
}

/**
 * Resolves a decoded URL path to a file inside root, or a redirect, or null (not found).
 * @returns {{ file: string } | { redirect: string } | null}
 */
function resolvePath(root, urlPath) {
	const rel = urlPath.replace(/^\/+/, '');
	const abs = path.resolve(root, rel);
	if (abs !== root && !abs.startsWith(root + path.sep)) return null;
	if (urlPath.endsWith('/')) {
		const index = path.join(abs, 'index.html');
		if (isFile(index)) return { file: index };
		if (urlPath !== '/' && isFile(abs.replace(/[\\/]+$/, '') + '.html'))
			return { redirect: urlPath.replace(/\/+$/, '') };
		return null;
	}
	if (isFile(abs)) return { file: abs };
	if (isFile(abs + '.html')) return { file: abs + '.html' };
	if (isFile(path.join(abs, 'index.html'))) return { redirect: urlPath + '/' };
	return null;
}

/**
 * @param {{ dir?: string, port?: number, host?: string, quiet?: boolean }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void>, server: http.Server }>}
 */
/**
 * `overlay` (optional, used by the benchmark): URL path → { body: Buffer|string, type }, served before
 * the files of `dir` (the limit pages and the Chart.js peer, never written into build/).
 */
export async function startServer({
	dir = 'build',
	port = 4173,
	host = '127.0.0.1',
	quiet = true,
	overlay = null
} = {}) {
	const root = path.resolve(dir);
	if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
		throw new Error(`serve: ${dir} is not a folder (run npm run build first)`);
	}
	const headersPath = path.join(root, '_headers');
	const rules = fs.existsSync(headersPath) ? parseHeadersFile(fs.readFileSync(headersPath, 'utf8')) : [];

	const server = http.createServer((req, res) => {
		const send = (status, body, type, extra = [], urlPath = '/') => {
			const headers = { 'Content-Type': type };
			for (const [name, value] of headersFor(rules, urlPath)) headers[name] = value;
			for (const [name, value] of extra) headers[name] = value;
			let payload = body;
			if (COMPRESSIBLE.test(type)) {
				headers['Vary'] = 'Accept-Encoding';
				if (acceptsGzip(req) && body.length > 0) {
					payload = zlib.gzipSync(body);
					headers['Content-Encoding'] = 'gzip';
				}
			}
			headers['Content-Length'] = String(payload.length);
			res.writeHead(status, headers);
			res.end(req.method === 'HEAD' ? undefined : payload);
		};
		const plain = (status, text) => send(status, Buffer.from(text + '\n'), 'text/plain; charset=utf-8');

		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.setHeader('Allow', 'GET, HEAD');
			return plain(405, 'Method Not Allowed');
		}
		const rawPath = (req.url ?? '/').split(/[?#]/)[0];
		let urlPath;
		try {
			urlPath = decodeURIComponent(rawPath);
		} catch {
			return plain(400, 'Bad Request');
		}
		if (
			!urlPath.startsWith('/') ||
			urlPath.includes('\0') ||
			urlPath.includes('\\') ||
			urlPath.split('/').includes('..')
		) {
			return plain(400, 'Bad Request');
		}
		const extra = overlay?.get(urlPath);
		if (extra) return send(200, Buffer.from(extra.body), extra.type, [], urlPath);
		// Host configuration files are read by the host, never served (as on Netlify/Cloudflare).
		const hidden = urlPath === '/_headers' || urlPath === '/_redirects';
		const hit = hidden ? null : resolvePath(root, urlPath);
		if (hit && 'redirect' in hit) {
			const query = (req.url ?? '').slice(rawPath.length);
			return send(
				308,
				Buffer.from(''),
				'text/plain; charset=utf-8',
				[['Location', encodeURI(hit.redirect) + query]],
				urlPath
			);
		}
		if (hit) return send(200, fs.readFileSync(hit.file), contentType(hit.file), [], urlPath);
		const notFound = path.join(root, '404.html');
		if (isFile(notFound)) return send(404, fs.readFileSync(notFound), contentType(notFound), [], urlPath);
		return plain(404, 'Not Found');
	});

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(undefined));
	});
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	const url = `http://${host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host}:${actualPort}/`;
	const shown = path.relative(process.cwd(), root);
	if (!quiet) console.log(`Serving ${shown && !shown.startsWith('..') ? shown : root}/ at ${url}`);
	return {
		url,
		port: actualPort,
		server,
		close: () =>
			new Promise((resolve, reject) => {
				server.closeAllConnections?.();
				server.close((err) => (err ? reject(err) : resolve()));
			})
	};
}

function parseArgs(argv) {
	let dir = 'build';
	let port = process.env.PORT ? Number(process.env.PORT) : 4173;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--port' || a === '-p') port = Number(argv[++i]);
		else if (a.startsWith('--port=')) port = Number(a.slice(7));
		else if (a === '--help' || a === '-h') {
			console.log('usage: node scripts/serve.mjs [dir] [--port N]   (default build/, port 4173 or $PORT)');
			process.exit(0);
		} else if (a.startsWith('-')) {
			console.error(`serve: unknown option ${a}`);
			process.exit(2);
		} else dir = a;
	}
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		console.error(`serve: bad port ${port}`);
		process.exit(2);
	}
	return { dir, port };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { dir, port } = parseArgs(process.argv.slice(2));
	startServer({ dir, port, quiet: false }).catch((err) => {
		console.error(err.message);
		process.exit(1);
	});
}
