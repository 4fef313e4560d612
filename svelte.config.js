import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { kitOutDir } from './scripts/kit-out-dir.js';
import { movingWrites } from './scripts/moving-adapter.js';

/**
 * SvelteKit's client adds a route announcer with a fixed inline style attribute (kit #11747); allow
 * exactly that attribute by its hash rather than 'unsafe-inline'. Read from the installed kit so an
 * upgrade cannot silently break it.
 */
function announcerStyleHash() {
	const kitDir = path.dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
	const root = readFileSync(path.join(kitDir, 'src/core/sync/write_root.js'), 'utf8');
	const style = root.match(/id="svelte-announcer"[^>]*style="([^"]+)"/)?.[1];
	if (!style) throw new Error('svelte.config.js: cannot find the svelte-announcer style in @sveltejs/kit');
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/** Output folder: build/ unless BUILD_DIR says otherwise (scripts/bench.mjs builds synthetic catalogues elsewhere). */
const buildDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		outDir: kitOutDir,
		// Moved into build/, not copied (scripts/moving-adapter.js).
		adapter: movingWrites(
			adapter({ pages: buildDir, assets: buildDir, fallback: undefined, precompress: false, strict: true })
		),
		prerender: {
			// '*' = every route without parameters (/, /404.html, /api/v1/indicators.json); the rest by entries().
			entries: ['*'],
			// No crawl: every page is listed by an entries() generator, and reading 116 MB of HTML for links
			// took 5 s of a build's prerender (issue #13). Links, assets and #fragments are checked in the
			// built site instead (tests/browser/crawl.test.ts); a route no entry reaches fails the build.
			crawl: false,
			// Sixteen requests at once. The pages are rendered one at a time anyway (src/hooks.server.ts)
			// and the cards are drawn outside the queue (src/lib/server/social-card-files.ts); a few in
			// flight keep the thread busy while one waits on the disk, and each waiting request holds
			// about 25 KB (at 10× the data, 50,000 at once took the peak from 1.7 to 2.5 GB).
			concurrency: 16,
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		},
		// Hash mode: every inline script SvelteKit emits is hashed into a <meta> CSP (kit #4434: no nonces when prerendering).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Every stylesheet of a page is inlined in a <style> in <head> (kit hashes it into style-src), so
		// no stylesheet request blocks the first paint (issue #13). The site's largest CSS file is
		// about 7 KB; a file over this threshold would be linked again, not lost.
		inlineStyleThreshold: 64 * 1024,
		output: { bundleStrategy: 'split' },
		// Root-relative asset paths (/_app/…; the site lives at its origin's root). With relative paths,
		// Kit sets its module-wide `base` to '../..' while rendering a page and resets it only after an
		// await; a page prerendered meanwhile saw that base and got a 404 ("Not found", before any
		// hook ran). That race failed every build at concurrency 2 (issue #13).
		paths: { relative: false }
	}
};

export default config;
