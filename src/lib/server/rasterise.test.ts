// The worker's own PNG writer: a valid file (signature, chunk CRCs, size) whose pixels are exactly
// resvg's, and resvg's encoder kept for an image with transparency.
import { Resvg } from '@resvg/resvg-js';
import { availableParallelism } from 'node:os';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { rasterisePng } from './rasterise.ts';

interface Chunk {
	type: string;
	data: Buffer;
	crcOk: boolean;
}

function chunks(png: Buffer): Chunk[] {
	const out: Chunk[] = [];
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		const body = png.subarray(at + 4, at + 8 + length);
		out.push({
			type: body.subarray(0, 4).toString('latin1'),
			data: body.subarray(4),
			crcOk: crc32(body) === png.readUInt32BE(at + 8 + length)
		});
		at += 12 + length;
	}
	return out;
}

/** The RGBA rows of an 8-bit RGBA PNG whose rows are all unfiltered (what the writer produces). */
function unfilteredPixels(png: Buffer): { width: number; pixels: Buffer; filters: Set<number> } {
	const list = chunks(png);
	const header = list.find((c) => c.type === 'IHDR')!.data;
	const width = header.readUInt32BE(0);
	const height = header.readUInt32BE(4);
	const rows = inflateSync(Buffer.concat(list.filter((c) => c.type === 'IDAT').map((c) => c.data)));
	const stride = width * 4;
	const filters = new Set<number>();
	const pixels = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		filters.add(rows[y * (stride + 1)]!);
		rows.copy(pixels, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
	}
	return { width, pixels, filters };
}

const opaque =
	'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="100%" height="100%" fill="#fdfcf8"/><rect x="10" y="10" width="57" height="30" fill="#1f5c99"/><circle cx="90" cy="30" r="17.5" fill="#b5432f"/></svg>';
const transparent =
	'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><circle cx="10" cy="10" r="7.5" fill="#1f5c99" fill-opacity="0.5"/></svg>';

describe('rasterisePng', () => {
	test('writes a valid PNG whose pixels are resvg’s, row for row', async () => {
		const png = Buffer.from(await rasterisePng(opaque, {}));
		expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		const list = chunks(png);
		expect(list.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
		expect(list.every((c) => c.crcOk)).toBe(true);
		expect([...list[0]!.data.subarray(8, 13)]).toEqual([8, 6, 0, 0, 0]); // 8-bit RGBA, no interlace
		const { width, pixels, filters } = unfilteredPixels(png);
		expect(width).toBe(120);
		expect(filters).toEqual(new Set([0]));
		expect(pixels.equals(new Resvg(opaque).render().pixels)).toBe(true);
	});

	test('keeps resvg’s own encoder for an image with transparency (its pixels are premultiplied)', async () => {
		const png = Buffer.from(await rasterisePng(transparent, {}));
		expect(png.equals(new Resvg(transparent).render().asPng())).toBe(true);
	});

	test('a broken SVG is rejected with resvg’s reason', async () => {
		await expect(rasterisePng('<svg', {})).rejects.toThrow(/^rasterise: /);
	});

	test('many cards at once: each is drawn only when a worker is free for it, and each gets its own image', async () => {
		const workers = Math.max(1, availableParallelism() - 1);
		const drawn: number[] = [];
		const sizes = [20, 30, 40, 50, 60, 70, 80, 90];
		const jobs = sizes.map((size, i) =>
			rasterisePng(() => {
				drawn.push(i);
				return opaque.replace('width="120" height="63"', `width="${size}" height="${size}"`);
			}, {})
		);
		// Asked for all at once, only one job per worker has been drawn yet: the rest wait undrawn.
		expect(drawn.length).toBe(Math.min(workers, sizes.length));
		const pngs = (await Promise.all(jobs)).map((png) => Buffer.from(png));
		expect(drawn.sort((a, b) => a - b)).toEqual(sizes.map((_, i) => i));
		expect(pngs.map((png) => chunks(png)[0]!.data.readUInt32BE(0))).toEqual(sizes);
	});

	test('a card that fails to draw rejects alone; the next one waiting is drawn', async () => {
		const failing = rasterisePng(() => {
			throw new Error('no such view');
		}, {});
		const next = rasterisePng(() => opaque, {});
		await expect(failing).rejects.toThrow('no such view');
		expect(
			Buffer.from(await next)
				.subarray(1, 4)
				.toString('latin1')
		).toBe('PNG');
	});
});
