// SvelteKit's prerender queue, as patched by patches/@sveltejs+kit+*.patch (applied by npm's
// postinstall): tasks taken by index instead of Array#shift, whose cost grows with the queue once
// it holds more than ~16,000 tasks (the 100× catalogue queues 440,000 pages, issue #13). The patched
// queue must still run every task once, in order, at most `concurrency` at a time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';

const kitDir = path.dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
const queueFile = path.join(kitDir, 'src/core/postbuild/queue.js');

interface Queue {
	add: <T>(fn: () => T | Promise<T>) => Promise<T>;
	done: () => Promise<void>;
}
const { queue } = (await import(pathToFileURL(queueFile).href)) as { queue: (concurrency: number) => Queue };

describe("Kit's prerender queue (patched)", () => {
	test('the installed queue is the patched one (npm ci ran patch-package)', () => {
		const source = readFileSync(queueFile, 'utf8');
		expect(source).not.toContain('tasks.shift()');
		expect(source).toContain('tasks[head]');
	});

	test('runs 5,000 tasks once each, in order, never more than the concurrency at a time', async () => {
		const q = queue(3);
		const started: number[] = [];
		let running = 0;
		let most = 0;
		const results = Array.from({ length: 5000 }, (_, i) =>
			q.add(async () => {
				started.push(i);
				running++;
				most = Math.max(most, running);
				await new Promise((turn) => setImmediate(turn));
				running--;
				return i * 2;
			})
		);
		expect(await Promise.all(results)).toEqual(Array.from({ length: 5000 }, (_, i) => i * 2));
		await q.done();
		expect(started).toEqual(Array.from({ length: 5000 }, (_, i) => i));
		expect(most).toBe(3);
	});

	test('tasks added while it runs (a page re-enqueued after its redirect) run after those waiting', async () => {
		const q = queue(2);
		const order: string[] = [];
		const first = Array.from({ length: 2000 }, (_, i) =>
			q.add(async () => {
				order.push(`a${i}`); // the order in which the tasks start
				await new Promise((turn) => setImmediate(turn)); // every a is queued by now
				if (i % 500 === 0) void q.add(() => order.push(`b${i}`));
			})
		);
		await Promise.all(first);
		await q.done();
		expect(order.filter((o) => o.startsWith('b'))).toEqual(['b0', 'b500', 'b1000', 'b1500']);
		expect(order.indexOf('b0')).toBeGreaterThan(order.indexOf('a1999'));
		expect(order).toHaveLength(2004);
	});

	test('a failing task rejects its own promise and the queue', async () => {
		const q = queue(2);
		const ok = q.add(() => 1);
		const bad = q.add(() => Promise.reject(new Error('page failed')));
		await expect(ok).resolves.toBe(1);
		await expect(bad).rejects.toThrow('page failed');
		await expect(q.done()).rejects.toThrow('page failed');
	});
});
