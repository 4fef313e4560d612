// The adapter's file moves (scripts/moving-adapter.js): a merge that loses no file and overwrites
// none, and a deletion that frees the folder's name at once and removes it in the background.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { deleteInBackground, moveInto } from '../../scripts/moving-adapter.js';

let root: string;
beforeEach(() => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'moving-adapter-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>) {
	for (const [file, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		fs.writeFileSync(path.join(root, file), text);
	}
}

/** Every file under dir, relative, with its text. */
function read(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) walk(p);
			else out[path.relative(path.join(root, dir), p)] = fs.readFileSync(p, 'utf8');
		}
	};
	walk(path.join(root, dir));
	return out;
}

describe('moveInto', () => {
	test('into a missing folder: the whole folder is renamed', () => {
		write({ 'pages/nl/index.html': 'nl', 'pages/index.html': 'root' });
		moveInto(path.join(root, 'pages'), path.join(root, 'out/site'));
		expect(read('out/site')).toEqual({ 'nl/index.html': 'nl', 'index.html': 'root' });
		expect(fs.existsSync(path.join(root, 'pages'))).toBe(false);
	});

	test('into an existing folder: folders on both sides merge, every file arrives once', () => {
		write({
			'build/_app/app.js': 'client',
			'build/nl/embed/a/index.html': 'html a',
			'dependencies/nl/embed/a/__data.json': 'data a',
			'dependencies/nl/embed/b/__data.json': 'data b',
			'dependencies/downloads/x.csv': 'csv'
		});
		moveInto(path.join(root, 'dependencies'), path.join(root, 'build'));
		expect(read('build')).toEqual({
			'_app/app.js': 'client',
			'nl/embed/a/index.html': 'html a',
			'nl/embed/a/__data.json': 'data a',
			'nl/embed/b/__data.json': 'data b',
			'downloads/x.csv': 'csv'
		});
		expect(read('dependencies')).toEqual({});
	});

	test('a missing source moves nothing', () => {
		moveInto(path.join(root, 'nothing'), path.join(root, 'build'));
		expect(fs.existsSync(path.join(root, 'build'))).toBe(false);
	});
});

describe('deleteInBackground', () => {
	test('frees the name at once and removes the folder, with trash an interrupted run left', async () => {
		write({ 'build/a/b.html': 'old', '.trash-build-1-2/c.html': 'older', '.trash-other-1-2/keep.txt': 'not ours' });
		deleteInBackground(path.join(root, 'build'));
		expect(fs.existsSync(path.join(root, 'build'))).toBe(false);
		await vi.waitFor(() => expect(fs.readdirSync(root)).toEqual(['.trash-other-1-2']), {
			timeout: 10_000,
			interval: 50
		});
	});

	test('a missing folder is no error', () => {
		expect(() => deleteInBackground(path.join(root, 'build'))).not.toThrow();
	});
});
