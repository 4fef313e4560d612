// scripts/serve.mjs, the local static server the browser tests (and `npm run preview`) rely on,
// exercised on a hand-made site in a temporary folder.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile, startServer } from '../../scripts/serve.mjs';

let dir: string;
let server: { url: string; port: number; close(): Promise<void> };

function write(rel: string, content: string) {
	const p = path.join(dir, rel);
	fs.mkdirSync(path.dirname(p), { recursive: true });
	fs.writeFileSync(p, content);
}

/** Raw GET (no URL normalisation, so `..` reaches the server as sent). */
function get(
	rawPath: string,
	headers: Record<string, string> = {}
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
	return new Promise((resolve, reject) => {
		const req = http.request({ host: '127.0.0.1', port: server.port, path: rawPath, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', reject);
		req.end();
	});
}

beforeAll(async () => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
	write('site/index.html', '<!doctype html><title>root</title>');
	write('site/nl/index.html', '<!doctype html><title>nl</title>');
	write('site/fr.html', '<!doctype html><title>fr</title>');
	write('site/404.html', '<!doctype html><title>not found</title>');
	write('site/_app/a.js', 'export const a = 1;');
	write('site/_app/a.css', 'p{}');
	write('site/data/x.csv', 'a,b\n1,2\n');
	write('site/data/x.json', '{}');
	write('site/icon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
	write('site/font.woff2', 'w');
	write(
		'site/_headers',
		[
			'# site-wide',
			'/*',
			'  X-Content-Type-Options: nosniff',
			'  X-Frame-Options: DENY',
			'/:lang/embed/*',
			'  ! X-Frame-Options',
			'  Content-Security-Policy: frame-ancestors *',
			''
		].join('\n')
	);
	write('site/nl/embed/a/index.html', '<!doctype html><title>embed</title>');
	write('secret.txt', 'secret');
	server = await startServer({ dir: path.join(dir, 'site'), port: 0 });
});

afterAll(async () => {
	await server?.close();
	if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
	test('port 0 picks a free port and the URL points at it', () => {
		expect(server.port).toBeGreaterThan(0);
		expect(server.url).toBe(`http://localhost:${server.port}/`);
	});

	test('serves / and /x/ from index.html, /x from x.html', async () => {
		expect((await get('/')).body.toString()).toContain('<title>root</title>');
		expect((await get('/nl/')).body.toString()).toContain('<title>nl</title>');
		expect((await get('/fr')).body.toString()).toContain('<title>fr</title>');
	});

	test('redirects /x to /x/ when only x/index.html exists, and /x/ to /x when only x.html exists', async () => {
		const a = await get('/nl?a=1');
		expect([a.status, a.headers.location]).toEqual([308, '/nl/?a=1']);
		const b = await get('/fr/');
		expect([b.status, b.headers.location]).toEqual([308, '/fr']);
	});

	test.each([
		['/', 'text/html; charset=utf-8'],
		['/_app/a.js', 'text/javascript; charset=utf-8'],
		['/_app/a.css', 'text/css; charset=utf-8'],
		['/data/x.csv', 'text/csv; charset=utf-8'],
		['/data/x.json', 'application/json; charset=utf-8'],
		['/icon.svg', 'image/svg+xml'],
		['/font.woff2', 'font/woff2']
	])('serves %s as %s', async (p, type) => {
		const res = await get(p);
		expect(res.status).toBe(200);
		expect(res.headers['content-type']).toBe(type);
	});

	test('gzips text when the client accepts it, and only then', async () => {
		const gz = await get('/data/x.csv', { 'accept-encoding': 'gzip, deflate' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz.body).toString()).toBe('a,b\n1,2\n');
		const plain = await get('/data/x.csv');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe('a,b\n1,2\n');
	});

	test('answers unknown paths with 404.html and status 404', async () => {
		const res = await get('/nope/');
		expect(res.status).toBe(404);
		expect(res.body.toString()).toContain('<title>not found</title>');
	});

	test.each([
		'/../secret.txt',
		'/%2e%2e/secret.txt',
		'/..%2fsecret.txt',
		'/nl/..%2f..%2fsecret.txt',
		'/%00',
		'/%E0%A4%A'
	])('refuses %s without leaking files outside the folder', async (p) => {
		const res = await get(p);
		expect([400, 404]).toContain(res.status);
		expect(res.body.toString()).not.toContain('secret');
	});

	test('applies _headers rules (wildcards, :placeholders, ! detach) and does not serve _headers itself', async () => {
		const page = await get('/nl/');
		expect(page.headers['x-content-type-options']).toBe('nosniff');
		expect(page.headers['x-frame-options']).toBe('DENY');
		const embed = await get('/nl/embed/a/');
		expect(embed.headers['x-frame-options']).toBeUndefined();
		expect(embed.headers['content-security-policy']).toBe('frame-ancestors *');
		expect((await get('/_headers')).status).toBe(404);
	});

	test('joins a header set by several matching rules with ", "', () => {
		const rules = parseHeadersFile('/*\n  Link: <a>\n/x/*\n  Link: <b>\n');
		expect(headersFor(rules, '/x/y')).toEqual([['Link', '<a>, <b>']]);
		expect(headersFor(rules, '/z')).toEqual([['Link', '<a>']]);
	});

	test('rejects methods other than GET and HEAD', async () => {
		const status = await new Promise<number>((resolve, reject) => {
			const req = http.request({ host: '127.0.0.1', port: server.port, path: '/', method: 'POST' }, (res) => {
				res.resume();
				resolve(res.statusCode ?? 0);
			});
			req.on('error', reject);
			req.end();
		});
		expect(status).toBe(405);
	});

	test('refuses to start on a missing folder, telling to build first', async () => {
		await expect(startServer({ dir: path.join(dir, 'missing'), port: 0 })).rejects.toThrow(/run npm run build first/);
	});
});
