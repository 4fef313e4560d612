// Runs a TypeScript script of this repository with Node 20 (which cannot strip types): Vite loads it
// and the src/lib modules it imports, as the build does. `node scripts/ts.mjs scripts/x.ts args…`
import path from 'node:path';
import { createServer } from 'vite';

const [, , script, ...args] = process.argv;
if (!script) {
	console.error('usage: node scripts/ts.mjs SCRIPT.ts [args…]');
	process.exit(2);
}
process.argv = [process.argv[0], path.resolve(script), ...args];
const server = await createServer({
	configFile: false,
	logLevel: 'error',
	appType: 'custom',
	server: { middlewareMode: true, hmr: false, watch: null },
	optimizeDeps: { noDiscovery: true, include: [] }
});
try {
	const mod = await server.ssrLoadModule(path.resolve(script));
	if (typeof mod.main === 'function') process.exitCode = (await mod.main(args)) ?? 0;
} finally {
	await server.close();
}
