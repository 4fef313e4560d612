// ESLint: typescript-eslint + eslint-plugin-svelte, Prettier owns the formatting, and one
// no-restricted-imports rule per src/lib folder that encodes the layering (as SvelteKit's own
// .eslint/ rule does for its runtime): a folder may import only the folders listed below it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** What each src/lib folder may import (besides itself). Lower layers never import higher ones. */
const LAYERS = {
	i18n: [],
	state: [],
	data: ['i18n'],
	format: ['data', 'i18n'],
	export: ['data', 'format', 'i18n'],
	charts: ['data', 'format', 'i18n'],
	views: ['charts', 'data', 'export', 'format', 'i18n', 'state'],
	components: ['charts', 'data', 'export', 'format', 'i18n', 'state', 'views'],
	stories: ['components', 'charts', 'data', 'export', 'format', 'i18n', 'state', 'views'],
	server: ['components', 'charts', 'data', 'export', 'format', 'i18n', 'state', 'stories', 'views']
};
const FOLDERS = Object.keys(LAYERS);

function layerRule(folder) {
	const forbidden = FOLDERS.filter((f) => f !== folder && !LAYERS[folder].includes(f));
	return {
		files: [`src/lib/${folder}/**/*.{ts,svelte}`],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: forbidden.map((f) => ({
						regex: `^(\\$lib/|(\\.\\./)+)${f}(/|$)`,
						message: `src/lib/${folder} may import only ${LAYERS[folder].join(', ') || 'nothing from src/lib'} (layering in eslint.config.js).`
					}))
				}
			]
		}
	};
}

export default ts.config(
	{
		ignores: ['build/', 'build-fixtures/', '.svelte-kit/', 'bench/tmp/', 'node_modules/', 'scripts/archive/', 'static/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		// No projectService: none of the rules needs type information (svelte-check type-checks), and
		// building a TypeScript program for every .svelte file tripled the lint time (45 s → 12 s).
		languageOptions: {
			parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Links are built by src/lib/views/paths.ts for a static, prerendered site in three
			// languages (no client-side routing to resolve); resolve() would add nothing.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	...FOLDERS.map(layerRule)
);
