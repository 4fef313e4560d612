// Builds src/lib/charts/map/regions.json: Belgium's three regions as projected SVG paths, so no geo
// computation happens when a page renders. Run by hand after changing the source file or the layout:
//   node scripts/build-region-geometry.mjs
// Source: /work/shared/geo/belgium-provinces.geojson (name-suggestion-index, BSD-3-Clause; see
// src/lib/charts/map/GEO-LICENSE.md). Only d3-geo is used (already a dependency).
//
// Dissolve: the provinces share their borders edge-for-edge and vertex-for-vertex (checked in the
// source README), so an edge inside a region appears once in each direction. Dropping every edge whose
// reverse is in the same region and chaining what is left gives the region outlines, holes and
// exclaves included, without topojson.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoCentroid, geoConicConformal } from 'd3-geo';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = process.argv[2] ?? '/work/shared/geo/belgium-provinces.geojson';
const OUTPUT = resolve(root, 'src/lib/charts/map/regions.json');

/** Logical size of the map drawing (SVG user units); the chart scales it with its `width` prop. */
const WIDTH = 600;
const HEIGHT = 480;
/** Room kept free around the country: top for the Brussels label, bottom-left for the legend. */
const PAD = { top: 64, right: 12, bottom: 12, left: 12 };

const REGIONS = [
	{ code: 'BE-VLG', name: 'Flanders' },
	{ code: 'BE-BRU', name: 'Brussels' },
	{ code: 'BE-WAL', name: 'Wallonia' }
];

/**
 * Where each region's label block is centred, in lon/lat, chosen by eye: inside the region where it has
 * room, and away from the other labels. Brussels (163 km²) is too small to hold its label, so it is
 * placed north of the country with a leader line to the region.
 */
const LABEL_AT = {
	'BE-VLG': [3.55, 51.08],
	'BE-BRU': [4.3708, 51.64],
	'BE-WAL': [5.05, 50.18]
};

/**
 * West Flanders in the source includes a wedge of the North Sea (see the source README, "Known
 * limitations"), which makes the coast look wrong. Its three sea vertices are replaced by this
 * approximate coastline, from the French border at De Panne to the Zwin at the Dutch border
 * (hand-placed points along the beach: De Panne, Koksijde, Nieuwpoort, Middelkerke, Ostend, De Haan,
 * Blankenberge, Zeebrugge, Knokke). Good to about 1 km, i.e. 2 px at this scale.
 */
const SEA_VERTICES = ['2.45041,51.20136', '2.29032,51.39405', '2.98035,51.60293'];
const COASTLINE = [
	[2.5459, 51.0894],
	[2.6098, 51.1157],
	[2.7224, 51.1476],
	[2.8195, 51.1964],
	[2.9196, 51.2376],
	[3.0362, 51.2801],
	[3.1307, 51.3183],
	[3.1972, 51.3446],
	[3.2871, 51.3547]
];

const key = (p) => `${p[0]},${p[1]}`;

function readProvinces(path) {
	const collection = JSON.parse(readFileSync(path, 'utf8'));
	if (collection.features.length !== 11) throw new Error(`expected 11 features, saw ${collection.features.length}`);
	return collection.features;
}

function polygonsOf(geometry) {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Replaces the North Sea wedge of a ring by the coastline; other rings are returned unchanged. */
function clipSea(ring) {
	const at = ring.findIndex((p) => key(p) === SEA_VERTICES[0]);
	if (at < 0) return ring;
	const found = SEA_VERTICES.every((k, i) => key(ring[at + i]) === k);
	if (!found) throw new Error('the North Sea wedge of BE-VWV is not where it was; check SEA_VERTICES');
	return [...ring.slice(0, at), ...COASTLINE, ...ring.slice(at + SEA_VERTICES.length)];
}

/** Rings (closed, in source orientation) of the union of the given polygons. */
function dissolve(polygons) {
	const edges = new Map(); // "a|b" -> [a, b]
	for (const polygon of polygons)
		for (const ring of polygon)
			for (let i = 0; i < ring.length - 1; i++) {
				const a = ring[i];
				const b = ring[i + 1];
				if (key(a) === key(b)) continue;
				const reverse = `${key(b)}|${key(a)}`;
				if (edges.has(reverse)) edges.delete(reverse);
				else edges.set(`${key(a)}|${key(b)}`, [a, b]);
			}
	const outgoing = new Map();
	for (const [a, b] of edges.values()) {
		const list = outgoing.get(key(a)) ?? [];
		list.push(b);
		outgoing.set(key(a), list);
	}
	const rings = [];
	for (const [start, list] of outgoing) {
		while (list.length > 0) {
			const ring = [start.split(',').map(Number)];
			let next = list.pop();
			while (key(next) !== start) {
				ring.push(next);
				const from = outgoing.get(key(next));
				if (!from || from.length === 0) throw new Error(`open outline at ${key(next)}`);
				next = from.pop();
			}
			ring.push(ring[0]);
			rings.push(ring);
		}
	}
	return rings;
}

const r1 = (n) => Math.round(n * 10) / 10;

/** An SVG path in absolute coordinates rounded to 0.1, repeated points dropped. */
function toPath(rings, projection) {
	return rings
		.map((ring) => {
			const points = [];
			for (const p of ring.slice(0, -1)) {
				const [x, y] = projection(p).map(r1);
				const last = points.at(-1);
				if (!last || last[0] !== x || last[1] !== y) points.push([x, y]);
			}
			return `M${points.map(([x, y]) => `${x},${y}`).join('L')}Z`;
		})
		.join('');
}

const provinces = readProvinces(SOURCE).map((f) => ({
	...f,
	geometry: { type: 'MultiPolygon', coordinates: polygonsOf(f.geometry).map((poly) => poly.map(clipSea)) }
}));
const regionOf = { Flanders: 'BE-VLG', Brussels: 'BE-BRU', Wallonia: 'BE-WAL' };
const country = { type: 'FeatureCollection', features: provinces };

// Belgian Lambert 2008 (EPSG:3812) parameters: a conformal conic, as on official Belgian maps.
const projection = geoConicConformal()
	.parallels([49.8333333, 51.1666667])
	.rotate([-4.3592158, 0])
	.fitExtent(
		[
			[PAD.left, PAD.top],
			[WIDTH - PAD.right, HEIGHT - PAD.bottom]
		],
		country
	);

const regions = REGIONS.map(({ code, name }) => {
	const members = provinces.filter((f) => regionOf[f.properties.region] === code);
	const rings = dissolve(members.flatMap((f) => f.geometry.coordinates));
	const feature = {
		type: 'Feature',
		geometry: { type: 'MultiPolygon', coordinates: members.flatMap((f) => f.geometry.coordinates) }
	};
	const centroid = projection(geoCentroid(feature)).map(r1);
	const label = projection(LABEL_AT[code]).map(r1);
	// Brussels' label sits straight above it, so its leader line is vertical.
	if (code === 'BE-BRU') label[0] = centroid[0];
	const areaKm2 = Math.round(members.reduce((sum, f) => sum + geoArea(f), 0) * 6371.0088 ** 2);
	console.log(`${code} ${name}: ${members.length} units, ${rings.length} rings, ${areaKm2} km², centroid ${centroid}`);
	// A label placed outside its region gets a leader line back to the region's centroid.
	const leaderTo = code === 'BE-BRU' ? centroid : null;
	return { code, path: toPath(rings, projection), label, leaderTo };
});

const [width, height] = [WIDTH, HEIGHT];
const output = { width, height, regions };
writeFileSync(OUTPUT, `${JSON.stringify(output, null, '\t')}\n`);
console.log(`wrote ${OUTPUT} (${readFileSync(OUTPUT).length} bytes)`);
