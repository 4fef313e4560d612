// SVG → PNG on a thread of its own (issue #13: cards rasterised on both cores). resvg's renderAsync
// draws off the main thread but encodes the PNG on it (about 17 ms a card, 8 s of a build's
// prerender); here worker threads, one per core, draw and encode, so the prerender goes on rendering
// pages meanwhile, and a run of cards (the prerender visits them one after another) uses every core.
// Workers start on first use and let the process exit when they are idle.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

// CommonJS, evaluated as the worker's script (a separate file would need its own bundling step).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg, options }) => {
	try {
		parentPort.postMessage({ id, png: new Resvg(svg, options).render().asPng() });
	} catch (error) {
		parentPort.postMessage({ id, error: String((error && error.stack) || error) });
	}
});
`;

interface Reply {
	id: number;
	png?: Uint8Array;
	error?: string;
}

type Pending = { resolve: (png: Uint8Array) => void; reject: (error: Error) => void };

/** A worker thread and the jobs it has not answered yet. */
interface Rasteriser {
	worker: Worker;
	pending: Map<number, Pending>;
}

let pool: Rasteriser[] | null = null;
let nextId = 0;

function start(): Rasteriser {
	const resvg = createRequire(import.meta.url).resolve('@resvg/resvg-js');
	const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { resvg } });
	const pending = new Map<number, Pending>();
	const failAll = (error: Error) => {
		for (const { reject } of pending.values()) reject(error);
		pending.clear();
		pool = null; // the next call starts afresh
	};
	worker.on('message', ({ id, png, error }: Reply) => {
		const job = pending.get(id);
		pending.delete(id);
		if (pending.size === 0) worker.unref();
		if (!job) return;
		// The worker's Buffer arrives as a Uint8Array (structured clone): nothing to convert.
		if (png) job.resolve(png);
		else job.reject(new Error(`rasterise: ${error ?? 'no image'}`));
	});
	worker.on('error', failAll);
	worker.on('exit', (code) => failAll(new Error(`rasterise: a worker stopped (exit ${code})`)));
	worker.unref();
	return { worker, pending };
}

/** The PNG of an SVG document, drawn and encoded by resvg on the least busy worker thread. */
export function rasterisePng(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
	pool ??= Array.from({ length: Math.max(1, availableParallelism()) }, start);
	const { worker, pending } = pool.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
	const id = nextId++;
	return new Promise((resolve, reject) => {
		pending.set(id, { resolve, reject });
		worker.ref();
		worker.postMessage({ id, svg, options });
	});
}
