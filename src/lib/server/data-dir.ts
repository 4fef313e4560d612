import fs from 'node:fs';
import path from 'node:path';
import type { DataFile } from '../data/validate.ts';

/** The data folder: data/ at the project root, or DATA_DIR (used by tests to build broken fixtures). */
export function dataDir(): string {
	return path.resolve(process.env.DATA_DIR ?? 'data');
}

/** Label used in messages: the folder as given, relative to the working directory. */
export function dataDirLabel(dir = dataDir()): string {
	return path.relative(process.cwd(), dir).split(path.sep).join('/') || '.';
}

/** Every .csv file under the folder, with its path relative to it. */
export function readDataFiles(dir = dataDir()): DataFile[] {
	if (!fs.existsSync(dir)) return [];
	const files: DataFile[] = [];
	const walk = (sub: string) => {
		for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
			const rel = sub ? `${sub}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(rel);
			else if (entry.name.endsWith('.csv')) files.push({ path: rel, bytes: fs.readFileSync(path.join(dir, rel)) });
		}
	};
	walk('');
	return files.sort((a, b) => a.path.localeCompare(b.path));
}
