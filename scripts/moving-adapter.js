// adapter-static, writing by moving files instead of copying them (issue #13: a build that stays
// flat). Of a 55 s build on this machine, about 15 s went to the file system: deleting the previous
// build/ (6,600 files) and copying 200 MB of prerendered pages from .svelte-kit/output into it, on
// a disk where each file costs about a millisecond. Here the previous output folder is renamed
// aside and deleted by a background process of low priority, and the prerendered files are renamed
// into build/ (the same file system) rather than copied. adapter-static still does everything
// else: its strict check of unprerendered routes, the client files, the log.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const TRASH_PREFIX = '.trash-';
/** Trash this process made and already handed to a deleting process (adapter-static removes build/ twice: as pages and as assets). */
const handedOver = new Set();

/**
 * Deletes a folder without waiting: renamed to a hidden sibling at once, removed by a detached
 * process at the lowest CPU priority (it uses the core the single-threaded prerender leaves idle).
 * Trash left by an interrupted run is swept up too. Where renaming is impossible (another file
 * system), the folder is deleted in place.
 * @param {string} dir
 */
export function deleteInBackground(dir) {
	const parent = path.dirname(path.resolve(dir));
	const base = path.basename(dir);
	const stale = fs.existsSync(parent)
		? fs
				.readdirSync(parent)
				.filter((name) => name.startsWith(`${TRASH_PREFIX}${base}-`))
				.map((name) => path.join(parent, name))
				.filter((trash) => !handedOver.has(trash))
		: [];
	const trash = [...stale];
	if (fs.existsSync(dir)) {
		const aside = path.join(parent, `${TRASH_PREFIX}${base}-${process.pid}-${Date.now()}`);
		try {
			fs.renameSync(dir, aside);
			trash.push(aside);
		} catch {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	}
	if (trash.length === 0) return;
	for (const dir of trash) handedOver.add(dir);
	const script = `require('node:os').setPriority(19);for(const d of JSON.parse(process.argv[1]))require('node:fs').rmSync(d,{recursive:true,force:true})`;
	spawn(process.execPath, ['-e', script, JSON.stringify(trash)], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Moves every entry of `from` into `to`, merging folders that exist on both sides (build/ already
 * holds the client files, and a page's __data.json comes from another folder than its HTML).
 * @param {string} from
 * @param {string} to
 */
export function moveInto(from, to) {
	if (!fs.existsSync(from)) return;
	if (!fs.existsSync(to)) {
		fs.mkdirSync(path.dirname(to), { recursive: true });
		fs.renameSync(from, to);
		return;
	}
	for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
		const source = path.join(from, entry.name);
		const target = path.join(to, entry.name);
		if (entry.isDirectory() && fs.existsSync(target)) moveInto(source, target);
		else fs.renameSync(source, target);
	}
}

/**
 * @param {import('@sveltejs/kit').Adapter} adapter adapter-static, as configured
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function movingWrites(adapter) {
	return {
		...adapter,
		async adapt(builder) {
			const prerendered = path.join(builder.config.kit.outDir, 'output', 'prerendered');
			/** @type {import('@sveltejs/kit').Builder} */
			const moving = Object.create(builder, {
				rimraf: { value: deleteInBackground },
				writePrerendered: {
					/** @param {string} dest */
					value(dest) {
						for (const kind of ['pages', 'dependencies', 'data']) moveInto(path.join(prerendered, kind), dest);
						// What is left is the folders a merge emptied; Kit would delete them one by one next time.
						deleteInBackground(prerendered);
						return [];
					}
				}
			});
			await adapter.adapt(moving);
		}
	};
}
