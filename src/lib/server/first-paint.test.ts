import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import {
	DEFERRED_CALL,
	FIRST_USE_CALL,
	addScriptAfterPaint,
	deferBootstrap,
	deferHydration,
	inlineAssets
} from './first-paint.ts';
import { HYDRATE_EVENT } from '../charts/marks-entry-path.ts';

const hash = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

// The shape SvelteKit 2's render.js writes for a prerendered page (hash-mode CSP).
const BOOT = `
				{
					__sveltekit_x = { base: new URL(".", location).pathname.slice(0, -1) };

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.js"),
						import("./_app/immutable/entry/app.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2], data: [null, { type: "data", data: { a: "}" } }] });
					});
				}
			`;
const page = (body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="script-src 'self' '${hash(body)}'; style-src 'self'"></head><body><div style="display: contents"><script>${body}</script></div></body></html>`;

describe('deferBootstrap', () => {
	test('starts the client after the first frame and reads the element at once', () => {
		const out = deferBootstrap(BOOT);
		expect(out).toContain(DEFERRED_CALL);
		expect(out.indexOf('const element = document.currentScript.parentElement;')).toBeLessThan(
			out.indexOf('const __kitStart')
		);
		// Runs: nothing is imported until the frame callback and the task have run.
		const calls: string[] = [];
		let frame: (() => void) | undefined;
		let task: (() => void) | undefined;
		const context = {
			location: 'http://x/',
			URL,
			document: { currentScript: { parentElement: 'el' } },
			requestAnimationFrame: (f: () => void) => (frame = f),
			setTimeout: (f: () => void) => (task = f),
			Promise: { all: (xs: unknown[]) => (calls.push(`all:${xs.length}`), { then: () => undefined }) },
			import: undefined
		};
		const runnable = out.replace(/import\(("[^"]+")\)/g, '$1');
		runInNewContext(runnable, context);
		expect(calls).toEqual([]);
		frame!();
		expect(calls).toEqual([]);
		task!();
		expect(calls).toEqual(['all:2']);
	});

	test('where paint entries exist, starts the client after the first contentful paint, or after 3 s without one', () => {
		for (const painted of [true, false]) {
			const calls: string[] = [];
			const tasks: { f: () => void; ms: number }[] = [];
			let observe:
				((list: { getEntriesByName: (n: string) => unknown[] }, o: { disconnect(): void }) => void) | undefined;
			class PerformanceObserver {
				static supportedEntryTypes = ['paint'];
				constructor(f: typeof observe) {
					observe = f;
				}
				observe() {}
			}
			const context = {
				location: 'http://x/',
				URL,
				PerformanceObserver,
				document: { currentScript: { parentElement: 'el' } },
				requestAnimationFrame: () => calls.push('frame'),
				setTimeout: (f: () => void, ms: number) => tasks.push({ f, ms }),
				Promise: { all: (xs: unknown[]) => (calls.push(`all:${xs.length}`), { then: () => undefined }) }
			};
			runInNewContext(deferBootstrap(BOOT).replace(/import\(("[^"]+")\)/g, '$1'), context);
			expect(calls).toEqual([]);
			if (painted) {
				observe!({ getEntriesByName: () => [] }, { disconnect() {} }); // first-paint only: not yet
				observe!({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) }, { disconnect() {} });
				tasks.find((t) => t.ms === 0)!.f();
			} else tasks.find((t) => t.ms === 3000)!.f();
			expect(calls).toEqual(['all:2']);
			for (const t of tasks) t.f(); // the other timer finds it done
			expect(calls).toEqual(['all:2']);
		}
	});

	test('says just before kit.start that the page is about to hydrate (the marks script then takes its nodes out)', () => {
		const out = deferBootstrap(BOOT);
		expect(out).toContain(`document.dispatchEvent(new Event("${HYDRATE_EVENT}")); kit.start(app, element`);
		expect(out.match(/kit\.start\(/g)).toHaveLength(1);
	});

	test('leaves other scripts and an already deferred bootstrap alone', () => {
		expect(deferBootstrap('console.log(1)')).toBe('console.log(1)');
		const once = deferBootstrap(BOOT);
		expect(deferBootstrap(once)).toBe(once);
	});
});

describe('deferBootstrap at first use', () => {
	/** A document with one button and one select, its listeners, and a way to mark it hydrated. */
	function world(search = '') {
		const listeners: Record<string, ((e: object) => void)[]> = {};
		let observer: (() => void) | undefined;
		const attributes = new Set<string>();
		class Element {
			constructor(
				readonly tagName: string,
				public value = '',
				readonly log: string[] = []
			) {}
			type = '';
			closest(selector: string) {
				return selector.split(', ').includes(this.tagName.toLowerCase()) ? this : null;
			}
			click() {
				this.log.push(`click ${this.tagName}`);
			}
			dispatchEvent(e: { type: string }) {
				this.log.push(`${e.type} ${this.tagName}=${this.value}`);
			}
		}
		const log: string[] = [];
		const button = new Element('BUTTON', '', log);
		const select = new Element('SELECT', '2018', log);
		const paragraph = new Element('P', '', log);
		const tasks: (() => void)[] = [];
		const context = {
			location: { search, toString: () => `http://x/${search}` },
			URL,
			Element,
			Event: class {
				constructor(readonly type: string) {}
			},
			MutationObserver: class {
				constructor(f: (r: unknown, o: { disconnect(): void }) => void) {
					observer = () => f([], { disconnect() {} });
				}
				observe() {}
			},
			document: {
				currentScript: { parentElement: 'el' },
				documentElement: { hasAttribute: (a: string) => attributes.has(a) },
				addEventListener: (type: string, f: (e: object) => void) => (listeners[type] ??= []).push(f)
			},
			requestAnimationFrame: (f: () => void) => tasks.push(f),
			setTimeout: (f: () => void) => tasks.push(f),
			Promise: { all: (xs: unknown[]) => (log.push(`start ${xs.length}`), { then: () => undefined }) }
		};
		const fire = (type: string, target: object) => {
			const e = { type, target, preventDefault: () => log.push('prevented'), stopPropagation: () => undefined };
			for (const f of listeners[type] ?? []) f(e);
		};
		const hydrate = () => {
			attributes.add('data-hydrated');
			observer!();
		};
		const flush = () => {
			while (tasks.length) tasks.shift()!();
		};
		runInNewContext(deferBootstrap(BOOT, 'use').replace(/import\(("[^"]+")\)/g, '$1'), context);
		return { log, button, select, paragraph, fire, hydrate, flush };
	}

	test('a page only read never starts the client, however long it stays open', () => {
		const w = world();
		w.flush();
		w.fire('pointerover', w.paragraph);
		w.fire('focusin', w.paragraph);
		w.flush();
		expect(w.log).toEqual([]);
		expect(deferBootstrap(BOOT, 'use')).toContain(FIRST_USE_CALL);
	});

	test('a pointer over a control starts it once', () => {
		const w = world();
		w.fire('pointerover', w.select);
		w.fire('focusin', w.button);
		expect(w.log).toEqual(['start 2']);
	});

	test('an address with a query string starts it after the first paint, with no use', () => {
		const w = world('?view=map');
		expect(w.log).toEqual([]);
		w.flush();
		expect(w.log).toEqual(['start 2']);
	});

	test('a click and a change before hydration are held, then done again in order on the live page', () => {
		const w = world();
		w.fire('click', w.button);
		w.select.value = '2023';
		w.fire('change', w.select);
		expect(w.log).toEqual(['prevented', 'start 2']);
		w.select.value = '2018'; // hydration set the select back to the page's state
		w.hydrate();
		w.flush();
		expect(w.log).toEqual(['prevented', 'start 2', 'click BUTTON', 'change SELECT=2023']);
		w.fire('click', w.button); // live now: left to the app
		expect(w.log.at(-1)).toBe('change SELECT=2023');
	});
});

describe('deferHydration', () => {
	test('rewrites the script and its hash in the CSP meta', () => {
		const out = deferHydration(page(BOOT));
		const body = out.match(/<script>([\s\S]*?)<\/script>/)![1]!;
		expect(body).toContain(DEFERRED_CALL);
		expect(out).toContain(`'${hash(body)}'`);
		expect(out).not.toContain(`'${hash(BOOT)}'`);
	});

	test('a page without a bootstrap is unchanged', () => {
		const html = '<html><body><p>x</p><script src="/a.js"></script></body></html>';
		expect(deferHydration(html)).toBe(html);
	});

	test('a bootstrap whose hash is missing from the CSP is an error, not a blocked page', () => {
		expect(() => deferHydration(`<html><body><script>${BOOT}</script></body></html>`)).toThrow(/no hash/);
	});
});

describe('inlineAssets', () => {
	const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'; style-src-attr 'unsafe-hashes' 'sha256-b'">`;
	const html = `<html><head>${csp}<link rel="stylesheet" href="/theme.css"/><script src="/theme.js"></script></head><body></body></html>`;
	const assets = [
		{ tag: '<link rel="stylesheet" href="/theme.css"/>', kind: 'style' as const, body: ':root{--a:1}' },
		{ tag: '<script src="/theme.js"></script>', kind: 'script' as const, body: 'var x = 1;' }
	];

	test('inlines each file with its hash in the directive that governs it', () => {
		const out = inlineAssets(html, assets);
		expect(out).toContain('<style>:root{--a:1}</style><script>var x = 1;</script>');
		expect(out).toContain(`script-src 'self' 'sha256-a' '${hash('var x = 1;')}';`);
		expect(out).toContain(`style-src 'self' '${hash(':root{--a:1}')}'; style-src-attr 'unsafe-hashes' 'sha256-b'"`);
	});

	test('a page without the tags is unchanged', () => {
		const plain = `<html><head>${csp}</head><body></body></html>`;
		expect(inlineAssets(plain, assets)).toBe(plain);
	});
});

describe('addScriptAfterPaint', () => {
	const withCsp = (csp: string) =>
		`<html><head><meta http-equiv="content-security-policy" content="${csp}"><title>x</title></head><body></body></html>`;

	test('loads the script from an inline loader after the first frame, with the loader hashed in script-src', () => {
		const html = addScriptAfterPaint(withCsp("script-src 'self'; style-src 'self'"), '/chart-marks.js');
		const loader = /<script>([^<]*)<\/script><\/head>/.exec(html)![1]!;
		expect(html).toContain(`script-src 'self' '${hash(loader)}'; style-src 'self'`);
		// Run it: nothing is fetched until the frame and the task after it.
		const appended: { src: string }[] = [];
		const queue: (() => void)[] = [];
		runInNewContext(loader, {
			requestAnimationFrame: (f: () => void) => queue.push(f),
			setTimeout: (f: () => void) => queue.push(f),
			document: { createElement: () => ({ src: '' }), head: { append: (s: { src: string }) => appended.push(s) } }
		});
		expect(appended).toEqual([]);
		queue.shift()!();
		expect(appended).toEqual([]);
		queue.shift()!();
		expect(appended.map((s) => s.src)).toEqual(['/chart-marks.js']);
	});

	test('gives the script its attributes before it is appended (an embed tells embed-child.js where the marks are)', () => {
		const html = addScriptAfterPaint(withCsp("script-src 'self'"), '/embed-child.js', {
			'data-marks': '/chart-marks.js?v="1"'
		});
		const loader = /<script>([^<]*)<\/script><\/head>/.exec(html)![1]!;
		const appended: { src: string; attributes: Record<string, string> }[] = [];
		const queue: (() => void)[] = [];
		runInNewContext(loader, {
			requestAnimationFrame: (f: () => void) => queue.push(f),
			setTimeout: (f: () => void) => queue.push(f),
			document: {
				createElement: () => {
					const attributes: Record<string, string> = {};
					return { src: '', attributes, setAttribute: (name: string, value: string) => (attributes[name] = value) };
				},
				head: {
					append: (s: (typeof appended)[number]) => appended.push({ src: s.src, attributes: { ...s.attributes } })
				}
			}
		});
		while (queue.length) queue.shift()!();
		expect(appended).toEqual([{ src: '/embed-child.js', attributes: { 'data-marks': '/chart-marks.js?v="1"' } }]);
	});

	test('refuses a page without a head', () => {
		expect(() => addScriptAfterPaint('<p>no head</p>', '/chart-marks.js')).toThrow(/without <\/head>/);
	});
});
