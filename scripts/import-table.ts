// `npm run import -- TABLE.csv --mapping MAPPING.json [--out NAME.csv]`: maps a statistics office's
// table onto one file of data/observations/ (DATA_DIR to import elsewhere). Every problem of the
// table, the mapping or the resulting catalogue is listed as file:line: column: message, and then
// nothing is written. The same table and mapping always write the same bytes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { importTable, mappingSchema, type ImportProblem, type TableMapping } from '../src/lib/data/table-import.ts';
import { formatProblem, validateCatalogue } from '../src/lib/data/validate.ts';
import { dataDir, dataDirLabel, readDataFiles } from '../src/lib/server/data-dir.ts';

const usage = 'usage: npm run import -- TABLE.csv --mapping MAPPING.json [--out NAME.csv]';

function options(args: string[]): { table: string; mapping: string; out: string | null } | null {
	const table = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
	const value = (flag: string) => args[args.indexOf(flag) + 1] ?? null;
	const mapping = args.includes('--mapping') ? value('--mapping') : null;
	if (!table || !mapping) return null;
	return { table, mapping, out: args.includes('--out') ? value('--out') : null };
}

export function main(args: string[]): number {
	const opts = options(args);
	if (!opts) {
		console.error(usage);
		return 2;
	}
	const rel = (p: string) => path.relative(process.cwd(), p).split(path.sep).join('/');
	const fail = (problems: ImportProblem[]) => {
		for (const p of problems) console.error(formatProblem(p));
		console.error(`${problems.length} problem(s); nothing written.`);
		return 1;
	};

	let json: unknown;
	try {
		json = JSON.parse(fs.readFileSync(opts.mapping, 'utf8'));
	} catch (e) {
		return fail([{ file: rel(opts.mapping), line: 1, column: '(file)', message: (e as Error).message }]);
	}
	const mapping = mappingSchema.safeParse(json);
	if (!mapping.success)
		return fail(
			mapping.error.issues.map((i) => ({
				file: rel(opts.mapping),
				line: 1,
				column: i.path.join('.') || '(mapping)',
				message: i.message
			}))
		);

	const tablePath = rel(opts.table);
	const name = path.basename(opts.table);
	const imported = importFile(opts.table, tablePath, mapping.data);
	if ('problems' in imported) return fail(imported.problems);
	const { csvBytes, lines: rowLines, skipped } = imported;

	// The rows must also fit the catalogue they join (codes, CIs, one preferred row per cell…):
	// validate data/ as it would be, and point each problem of the new file back to its table line.
	const dir = dataDir();
	const out = opts.out ?? name.replace(/\.[^.]+$/, '') + '.csv';
	const outPath = `observations/${out}`;
	const files = readDataFiles(dir).filter((f) => f.path !== outPath);
	files.push({ path: outPath, bytes: csvBytes });
	const label = dataDirLabel(dir);
	const check = validateCatalogue(files, label);
	if (!check.catalogue)
		return fail(
			check.problems.map((p) =>
				p.file === `${label}/${outPath}` && p.line >= 2
					? { ...p, file: tablePath, line: rowLines[p.line - 2] ?? p.line }
					: p
			)
		);

	fs.mkdirSync(path.join(dir, 'observations'), { recursive: true });
	fs.writeFileSync(path.join(dir, outPath), csvBytes);
	const left = skipped ? ` (${skipped} not published, left out)` : '';
	console.log(`${label}/${outPath}: ${rowLines.length} rows from ${tablePath}${left}.`);
	return 0;
}

/**
 * The table at `file` read and mapped, as the bytes of the new file: its text and the CSV's (two bytes
 * a character once they hold an accent) are let go before the validation, which holds the whole
 * catalogue (issue #14: a 100,000-row table).
 */
function importFile(
	file: string,
	displayPath: string,
	mapping: TableMapping
): { problems: ImportProblem[] } | { csvBytes: Uint8Array; lines: number[]; skipped: number } {
	const bytes = fs.readFileSync(file);
	const table = {
		name: path.basename(file),
		path: displayPath,
		text: bytes.toString('utf8'),
		sha256: createHash('sha256').update(bytes).digest('hex')
	};
	const result = importTable({ table, mapping });
	if (!result.csv) return { problems: result.problems };
	return { csvBytes: new TextEncoder().encode(result.csv), lines: result.lines, skipped: result.skipped };
}
