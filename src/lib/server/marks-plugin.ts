// Builds the marks script (src/lib/charts/marks-entry.ts: tooltips, keyboard and focus of every
// chart's marks) as one self-contained file at /chart-marks.js, beside SvelteKit's client. It is its own
// bundle, not a chunk of the app: pages that never hydrate (home, stories, embeds) load only this.
import path from 'node:path';
import { build, type Plugin } from 'vite';

import { MARKS_SCRIPT } from '../charts/marks-entry-path.ts';

const ENTRY = 'src/lib/charts/marks-entry.ts';

async function bundle(root: string): Promise<string> {
	const out = await build({
		configFile: false,
		root,
		publicDir: false,
		logLevel: 'warn',
		build: {
			write: false,
			minify: true,
			// iife: a classic script, fully minified (Vite keeps the whitespace of an 'es' library).
			lib: { entry: path.resolve(root, ENTRY), formats: ['iife'], name: 'chartMarks', fileName: 'marks' }
		}
	});
	// write: false and no watch: the build returns its output.
	const first = (Array.isArray(out) ? out[0] : out) as { output: { type: string; code?: string }[] } | undefined;
	const code = first?.output.find((o) => o.type === 'chunk')?.code;
	if (!code) throw new Error(`marks-plugin: ${ENTRY} built no script`);
	return code;
}

export function marksScriptPlugin(): Plugin {
	let root = process.cwd();
	let client = false;
	return {
		name: 'marks-script',
		configResolved(config) {
			root = config.root;
			client = config.command === 'build' && !config.build.ssr;
		},
		// In development the entry is served as a module by Vite itself.
		configureServer(server) {
			server.middlewares.use(MARKS_SCRIPT, (_req, res) => {
				res.setHeader('content-type', 'text/javascript');
				res.end(`import('/${ENTRY}');`);
			});
		},
		async generateBundle() {
			if (!client) return;
			this.emitFile({ type: 'asset', fileName: MARKS_SCRIPT.slice(1), source: await bundle(root) });
		}
	};
}
