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
// The PNG is written here from resvg's pixels, deflated at level 3 without row filters: 8 ms a card
// against 18 ms for resvg's own encoder, and smaller (55 against 59 KB), measured on this machine.
// resvg's pixels are premultiplied, which equals straight RGBA only where every pixel is opaque
// (a card's background is); an image with any transparency keeps resvg's encoder.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const zlib = require('node:zlib');
const { Resvg } = require(workerData.resvg);
function chunk(type, data) {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const head = Buffer.alloc(4);
	head.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(zlib.crc32(body));
	return Buffer.concat([head, body, crc]);
}
function opaquePng(image) {
	const { width, height } = image;
	const rgba = image.pixels;
	for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return image.asPng();
	const stride = width * 4;
	const rows = Buffer.alloc((stride + 1) * height); // each row: filter type 0, then its pixels
	for (let y = 0; y < height; y++) rgba.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits per channel
	header[9] = 6; // RGBA
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', zlib.deflateSync(rows, { level: 3 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}
parentPort.on('message', ({ id, svg, options }) => {
	try {
		parentPort.postMessage({ id, png: opaquePng(new Resvg(svg, options).render()) });
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

interface Job {
	id: number;
	/** The SVG, or what draws it: drawn only when a worker takes the job, so waiting jobs stay small. */
	svg: string | (() => string);
	options: ResvgRenderOptions;
	resolve: (png: Uint8Array) => void;
	reject: (error: Error) => void;
}

/** A worker thread and the one job it is drawing, if any. */
interface Rasteriser {
	worker: Worker;
	job: Job | null;
}

// One card per worker at a time; the rest wait here, undrawn. A worker given a backlog never idles,
// and the pixel buffers of the cards it drew are freed only when it collects garbage: with four
// cards waiting per worker the build's memory rose from 1.2 to 3.8 GB (issue #13). And the prerender
// asks for hundreds of cards at once (svelte.config.js): drawn up front, their SVGs take 60 KB each.
let pool: Rasteriser[] | null = null;
const waiting: Job[] = [];
let nextId = 0;

function give(rasteriser: Rasteriser, job: Job) {
	let svg: string;
	try {
		svg = typeof job.svg === 'string' ? job.svg : job.svg();
	} catch (error) {
		job.reject(error instanceof Error ? error : new Error(String(error)));
		const next = waiting.shift();
		if (next) give(rasteriser, next);
		return;
	}
	rasteriser.job = job;
	rasteriser.worker.ref();
	rasteriser.worker.postMessage({ id: job.id, svg, options: job.options });
}

function start(): Rasteriser {
	const resvg = createRequire(import.meta.url).resolve('@resvg/resvg-js');
	const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { resvg } });
	const rasteriser: Rasteriser = { worker, job: null };
	const failAll = (error: Error) => {
		rasteriser.job?.reject(error);
		for (const job of waiting.splice(0)) job.reject(error);
		pool = null; // the next call starts afresh
	};
	worker.on('message', ({ id, png, error }: Reply) => {
		const job = rasteriser.job;
		rasteriser.job = null;
		const next = waiting.shift();
		if (next) give(rasteriser, next);
		else worker.unref();
		if (!job || job.id !== id) return;
		// The worker's Buffer arrives as a Uint8Array (structured clone): nothing to convert.
		if (png) job.resolve(png);
		else job.reject(new Error(`rasterise: ${error ?? 'no image'}`));
	});
	worker.on('error', failAll);
	worker.on('exit', (code) => failAll(new Error(`rasterise: a worker stopped (exit ${code})`)));
	worker.unref();
	return rasteriser;
}

/**
 * The PNG of an SVG document, drawn and encoded by resvg on the first free worker thread. Given a
 * function, it is called for the SVG when a worker is free for it.
 */
export function rasterisePng(svg: string | (() => string), options: ResvgRenderOptions): Promise<Uint8Array> {
	pool ??= Array.from({ length: Math.max(1, availableParallelism() - 1) }, start);
	const free = pool.find((r) => r.job === null);
	return new Promise((resolve, reject) => {
		const job = { id: nextId++, svg, options, resolve, reject };
		if (free) give(free, job);
		else waiting.push(job);
	});
}
