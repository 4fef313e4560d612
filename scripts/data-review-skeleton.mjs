#!/usr/bin/env node
// Writes docs/data-review.md: one line per observation row with its quote and what the site shows
// for it (English labels), keeping the decision already written for each row id.
// Usage: node scripts/data-review-skeleton.mjs [DATA_DIR] [OUT]
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

const dataDir = process.argv[2] ?? 'data';
const out = process.argv[3] ?? 'docs/data-review.md';
const read = (f) => Papa.parse(fs.readFileSync(f, 'utf8'), { header: true, skipEmptyLines: true }).data;

const indicators = new Map(read(path.join(dataDir, 'indicators.csv')).map((i) => [i.id, i]));
const surveys = new Map(read(path.join(dataDir, 'surveys.csv')).map((s) => [s.id, s]));
const dims = read(path.join(dataDir, 'dimensions.csv'));
const dimLabel = (kind, code, parent) =>
	dims.find((d) => d.dimension === kind && d.code === code && (parent === undefined || d.parent === parent))
		?.label_en ?? code;

const decisions = new Map();
if (fs.existsSync(out)) {
	for (const line of fs.readFileSync(out, 'utf8').split('\n')) {
		const cells = line.split(' | ');
		const id = /^\| `([^`]+)`$/.exec(cells[0] ?? '')?.[1];
		if (id) decisions.set(id, cells.at(-1).replace(/ \|$/, ''));
	}
}

const cell = (s) =>
	String(s ?? '')
		.replace(/\|/g, '\\|')
		.replace(/\s+/g, ' ')
		.trim();
const rows = [];
const obsDir = path.join(dataDir, 'observations');
for (const file of fs
	.readdirSync(obsDir)
	.filter((f) => f.endsWith('.csv'))
	.sort()) {
	read(path.join(obsDir, file)).forEach((o, i) => {
		const id = `${file}:${i + 2}`;
		const ind = indicators.get(o.indicator);
		const when = [o.year, o.period, o.wave_date].filter(Boolean).join(' · ');
		const group = o.breakdown === 'total' ? 'total' : `${o.breakdown}: ${dimLabel('group', o.group, o.breakdown)}`;
		const shows = [
			`**${ind?.label_en ?? o.indicator}**`,
			`${dimLabel('region', o.region)}, ${group}`,
			`${surveys.get(o.survey)?.label_en ?? o.survey} (${when})`,
			`age ${o.age_base} (${o.age_base_source})`,
			`${o.value} ${ind?.unit ?? ''}`,
			o.preferred === 'false' ? 'not preferred' : '',
			o.flags ? `† ${o.flags}` : ''
		].filter(Boolean);
		rows.push(`| \`${id}\` | ${cell(o.source_quote)} | ${cell(shows.join('; '))} | ${decisions.get(id) ?? ''} |`);
	});
}

const head = `# Data review: every observation against its quote

One line per row of \`data/observations/*.csv\` (row = file:line). "Site shows" is what a reader sees
for the row (English labels; nl and fr carry the same meaning): indicator label, region and group,
survey and year/period/wave, age base and how it is known, value and unit, flags. "Decision" is
what was done so that no label says more than its quote. Regenerate the first three columns with
\`node scripts/data-review-skeleton.mjs\` (decisions are kept by row id).

| row | quote | site shows | decision |
|---|---|---|---|
`;
fs.writeFileSync(out, head + rows.join('\n') + '\n');
console.log(`${rows.length} rows written to ${out}`);
