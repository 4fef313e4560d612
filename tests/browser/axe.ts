// axe-core in Chromium: runs the WCAG rules in every frame of a page and summarises what it finds.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	frame: string;
	nodes: { target: string; summary: string }[];
}

export interface AxeResult {
	violations: AxeViolation[];
	incomplete: number;
	/** One block per violation: rule id, impact, help, then each offending node's selector. */
	summary: string;
}

/**
 * Runs axe-core in every frame of the page. The source is evaluated (not added as a <script>
 * element), so the page's strict CSP does not block it.
 */
export async function runAxe(page: Page, tags: string[] = AXE_TAGS): Promise<AxeResult> {
	const violations: AxeViolation[] = [];
	let incomplete = 0;
	for (const frame of page.frames()) {
		// Once per document: a second run (the other colour scheme) reuses it.
		if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
		const result = await frame.evaluate(async (runTags: string[]) => {
			type AxeNode = { target: unknown[]; failureSummary?: string };
			type AxeRule = { id: string; impact?: string | null; help: string; helpUrl: string; nodes: AxeNode[] };
			const axe = (
				window as unknown as {
					axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeRule[]; incomplete: AxeRule[] }> };
				}
			).axe;
			const r = await axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] });
			return {
				incomplete: r.incomplete.length,
				violations: r.violations.map((v) => ({
					id: v.id,
					impact: v.impact ?? null,
					help: v.help,
					helpUrl: v.helpUrl,
					nodes: v.nodes.map((n) => ({
						target: n.target.map(String).join(' >>> '),
						summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim()
					}))
				}))
			};
		}, tags);
		incomplete += result.incomplete;
		for (const v of result.violations) violations.push({ ...v, frame: frame === page.mainFrame() ? '' : frame.url() });
	}
	return { violations, incomplete, summary: summariseAxe(violations) };
}

export function summariseAxe(violations: AxeViolation[]): string {
	if (violations.length === 0) return 'no axe violations';
	return violations
		.map((v) => {
			const nodes = v.nodes
				.slice(0, 10)
				.map((n) => `    - ${n.target}${n.summary ? `\n      ${n.summary}` : ''}`)
				.join('\n');
			const more = v.nodes.length > 10 ? `\n    … and ${v.nodes.length - 10} more` : '';
			return `[${v.id}] (${v.impact ?? 'n/a'}) ${v.help}${v.frame ? ` in frame ${v.frame}` : ''}\n  ${v.helpUrl}\n${nodes}${more}`;
		})
		.join('\n');
}
