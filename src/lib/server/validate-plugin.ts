import type { Plugin } from 'vite';
import { formatProblem, validateCatalogue } from '../data/validate.ts';
import { dataDir, dataDirLabel, readDataFiles } from './data-dir.ts';

/**
 * Validates data/ when a build starts, before SvelteKit writes anything: a broken CSV prints every
 * problem as `file:line: column: message` and the build exits non-zero with the old build/ intact.
 */
export function validateDataPlugin(): Plugin {
	let done = false;
	return {
		name: 'validate-data',
		apply: 'build',
		buildStart() {
			if (done) return; // SvelteKit runs several builds (client, server); validate once
			done = true;
			const dir = dataDir();
			const { problems } = validateCatalogue(readDataFiles(dir), dataDirLabel(dir));
			if (problems.length === 0) return;
			const report = problems.map(formatProblem).join('\n');
			process.stderr.write(`\n${report}\n${problems.length} data problem(s); fix them and rebuild.\n`);
			process.exit(1); // exit without a stack trace: the list above is the whole message
		}
	};
}
