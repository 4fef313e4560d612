// `npm run validate`: checks data/ (or DATA_DIR) as the build does, printing every problem as
// file:line: column: message, without building the site.
import { dataDir, dataDirLabel, readDataFiles } from '../src/lib/server/data-dir.ts';
import { formatProblem, validateCatalogue } from '../src/lib/data/validate.ts';

export function main(): number {
	const dir = dataDir();
	const { catalogue, problems } = validateCatalogue(readDataFiles(dir), dataDirLabel(dir));
	for (const p of problems) console.error(formatProblem(p));
	if (!catalogue) {
		console.error(`${problems.length} data problem(s).`);
		return 1;
	}
	console.log(`${dataDirLabel(dir)}: ${catalogue.observations.length} observations, no problem.`);
	return 0;
}
