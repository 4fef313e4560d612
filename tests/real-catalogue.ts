// The site's own data/, validated as the build validates it, for tests that read real figures.
import type { Catalogue } from '../src/lib/data/validate.ts';
import { formatProblem, validateCatalogue } from '../src/lib/data/validate.ts';
import { readDataFiles } from '../src/lib/server/data-dir.ts';

export function realCatalogue(): Catalogue {
	const { catalogue, problems } = validateCatalogue(readDataFiles('data'));
	if (!catalogue) throw new Error(`data/ must be valid:\n${problems.map(formatProblem).join('\n')}`);
	return catalogue;
}
