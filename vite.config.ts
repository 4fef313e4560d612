import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { marksScriptPlugin } from './src/lib/server/marks-plugin.ts';
import { siteUrlWarningPlugin } from './src/lib/server/site-url-plugin.ts';
import { validateDataPlugin } from './src/lib/server/validate-plugin.ts';

export default defineConfig({
	plugins: [validateDataPlugin(), siteUrlWarningPlugin(), marksScriptPlugin(), sveltekit()],
	// No gzip size per chunk in the build log (Vite compresses all 200 chunks to print them); the
	// benchmark measures the pages' script sizes itself (scripts/bench.mjs).
	build: { reportCompressedSize: false },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts'],
					environment: 'node',
					// Vitest leaves one core free by default: on this 2-core machine that ran the files one
					// at a time (50 s; 29 s on both cores).
					maxWorkers: 2
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/browser/global-setup.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
					// One module cache for the run: every file imports playwright-core (0.6-0.8 s a time) and
					// the harness; the files share no mutable state (each connects its own browser client).
					isolate: false,
					maxConcurrency: 10
				}
			}
		]
	}
});
