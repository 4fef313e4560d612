// One Chromium and one static server for the whole browser run (every test file connects to
// them through withSite()), instead of a browser launch and a server per file.

import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';
import { BUILD_DIR, assertBuildExists, launchChromiumServer } from './harness.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Playwright's WebSocket endpoint of the shared Chromium. */
		chromiumEndpoint: string;
		/** Base URL (trailing slash) of the static server serving build/. */
		siteUrl: string;
	}
}

export default async function setup(project: TestProject) {
	assertBuildExists();
	const browser = await launchChromiumServer();
	const server = await startServer({ dir: BUILD_DIR, port: 0 });
	project.provide('chromiumEndpoint', browser.wsEndpoint());
	project.provide('siteUrl', server.url);
	return async () => {
		await server.close();
		await browser.close();
	};
}
