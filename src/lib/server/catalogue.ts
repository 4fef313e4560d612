import { formatProblem, validateCatalogue, type Catalogue } from '../data/validate.ts';
import { dataDir, dataDirLabel, readDataFiles } from './data-dir.ts';

export class DataValidationError extends Error {
	constructor(readonly lines: string[]) {
		super(`${lines.join('\n')}\n${lines.length} data problem(s); fix them and rebuild.`);
		this.name = 'DataValidationError';
	}
}

let cached: Catalogue | null = null;

/** The validated catalogue, read once per build. Throws with every problem listed. */
export function loadCatalogue(): Catalogue {
	if (cached) return cached;
	const dir = dataDir();
	const { catalogue, problems } = validateCatalogue(readDataFiles(dir), dataDirLabel(dir));
	if (!catalogue) throw new DataValidationError(problems.map(formatProblem));
	cached = catalogue;
	return catalogue;
}
