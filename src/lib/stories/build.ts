// Server side, pure: a story definition + the catalogue + a language → everything its page shows.
// Every number comes from data/: charts through buildIndicatorView, facts from exactly one
// published row formatted with formatValue. A story that points at a missing indicator, row or view
// throws here, so a broken story fails the build and never shows a wrong number.
import type { Catalogue } from '../data/validate.ts';
import { formatValue } from '../format/number.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';
import { serializeViewState, type ViewState } from '../state/view-state.ts';
import { indicatorPageData, type IndicatorPageData, type PageObservation } from '../views/indicator-data.ts';
import { buildIndicatorView, viewOptionsFor } from '../views/indicator-view.ts';
import { canonicalEmbedState, embedPath, indicatorPath } from '../views/paths.ts';
import { FLAG_MARK, flagNotes } from '../views/flag-notes.ts';
import { toSourceRef } from '../views/source-ref.ts';
import type { FlagNote, SourceRef } from '../views/types.ts';
import { stories } from './definitions.ts';
import {
	StoryError,
	type EmbedStates,
	type ResolvedBlock,
	type ResolvedFact,
	type ResolvedFigure,
	type ResolvedStory,
	type StorySummary
} from './resolved.ts';
import type { FactBlock, FigureBlock, StoryDefinition } from './types.ts';

const DIGIT = /\d/;
const PLACEHOLDERS = ['value', 'year', 'place', 'survey', 'group', 'population'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

export function storyBySlug(slug: string): StoryDefinition | undefined {
	return stories.find((s) => s.slug === slug);
}

/** The breakdown of an indicator's main page (as src/lib/server/pages.ts decides it). */
function mainBreakdown(data: IndicatorPageData): string {
	return data.breakdowns.includes('total') ? 'total' : (data.breakdowns[0] ?? 'total');
}

function sourceRef(catalogue: Catalogue, id: string, lang: Lang): SourceRef | null {
	const s = catalogue.sources.find((x) => x.id === id);
	return s ? toSourceRef(s, lang) : null;
}

function noDigits(slug: string, where: string, text: string): string {
	if (DIGIT.test(text))
		throw new StoryError(
			slug,
			where,
			`prose must not contain digits (numbers come from data/ through facts and charts): "${text}"`
		);
	return text;
}

function pageData(catalogue: Catalogue, slug: string, where: string, id: string, lang: Lang): IndicatorPageData {
	if (!catalogue.indicators.some((i) => i.id === id)) throw new StoryError(slug, where, `unknown indicator "${id}"`);
	return indicatorPageData(catalogue, id, lang);
}

function resolveFigure(
	catalogue: Catalogue,
	story: StoryDefinition,
	block: FigureBlock,
	index: number,
	lang: Lang,
	embedStates: EmbedStates
): ResolvedFigure {
	const where = `block ${index + 1} (figure ${block.indicator}/${block.breakdown})`;
	const data = pageData(catalogue, story.slug, where, block.indicator, lang);
	if (!data.breakdowns.includes(block.breakdown))
		throw new StoryError(
			story.slug,
			where,
			`breakdown "${block.breakdown}" not published (has ${data.breakdowns.join(', ')})`
		);
	const options = viewOptionsFor(data, block.breakdown);
	const state: ViewState = { ...options.defaults, ...block.state };
	if (!options.views.includes(state.view) || state.view === 'table')
		throw new StoryError(
			story.slug,
			where,
			`view "${state.view}" is not a chart view of this indicator (${options.views.join(', ')})`
		);
	if (!options.years.includes(state.year))
		throw new StoryError(story.slug, where, `year "${state.year}" not published (${options.years.join(', ')})`);
	if (!options.regions.includes(state.region))
		throw new StoryError(story.slug, where, `area "${state.region}" not published (${options.regions.join(', ')})`);
	const view = buildIndicatorView(data, block.breakdown, state, lang);
	if (view.rows.length === 0) throw new StoryError(story.slug, where, 'the view shows no published figure');
	const embedState = canonicalEmbedState(state, block.breakdown, options.defaults);
	const exists = embedStates(block.indicator, block.breakdown).some(
		(s) => s.view === embedState.view && s.year === embedState.year && s.region === embedState.region
	);
	if (!exists) throw new StoryError(story.slug, where, `no embed is prerendered for ${JSON.stringify(embedState)}`);
	return {
		kind: 'figure',
		id: `${story.slug}-${index + 1}`,
		indicator: block.indicator,
		breakdown: block.breakdown,
		state,
		unit: data.indicator.unit,
		label: data.indicator.label,
		population: data.indicator.population,
		instrument: data.indicator.instrument,
		view,
		note: block.note ? noDigits(story.slug, `${where} note`, block.note[lang]) : null,
		embedPath: embedPath(lang, block.indicator, block.breakdown, embedState),
		fullViewPath:
			indicatorPath(lang, block.indicator, block.breakdown, mainBreakdown(data)) +
			serializeViewState(state, options.defaults),
		downloads: { csv: `/${lang}/downloads/${block.indicator}.csv`, json: `/${lang}/downloads/${block.indicator}.json` }
	};
}

function fillTemplate(slug: string, where: string, template: string, values: Record<Placeholder, string>): string {
	if (!template.includes('{value}')) throw new StoryError(slug, where, 'a fact template needs a {value} placeholder');
	const bare = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		if (!(PLACEHOLDERS as readonly string[]).includes(name))
			throw new StoryError(slug, where, `unknown placeholder ${whole}`);
		return '';
	});
	noDigits(slug, where, bare);
	return template.replace(/\{(\w+)\}/g, (_, name: Placeholder) => values[name]);
}

function resolveFact(
	catalogue: Catalogue,
	story: StoryDefinition,
	block: FactBlock,
	index: number,
	lang: Lang
): ResolvedFact {
	const where = `block ${index + 1} (fact ${block.indicator})`;
	const data = pageData(catalogue, story.slug, where, block.indicator, lang);
	const s = block.select;
	const matches = data.observations.filter(
		(o) =>
			o.indicator === block.indicator &&
			o.preferred &&
			o.region === s.region &&
			o.breakdown === s.breakdown &&
			o.group === s.group &&
			(s.survey === undefined || o.survey === s.survey) &&
			(s.year === undefined || o.wave === s.year) &&
			(s.ageBase === undefined || o.ageBase === s.ageBase)
	);
	if (matches.length !== 1)
		throw new StoryError(
			story.slug,
			where,
			`${matches.length} published rows match ${JSON.stringify(s)}; a fact needs exactly one`
		);
	const row = matches[0] as PageObservation;
	const unit = data.indicator.unit;
	const value = formatValue(row.value, row.decimals, unit, lang);
	const place = data.labels.regions[row.region] ?? row.region;
	const survey = data.surveys[row.survey]?.label ?? row.survey;
	const sentence = fillTemplate(story.slug, where, block.template[lang], {
		// A flagged value carries its mark inside the sentence too.
		value: row.flags.length > 0 ? `${value} ${FLAG_MARK}` : value,
		year: row.waveLabel,
		place,
		survey,
		group: data.labels.groups[`${row.breakdown}/${row.group}`] ?? row.group,
		population: row.ageBase
	});
	const source = data.sources[row.source] ?? null;
	const flags: FlagNote[] = flagNotes([
		{ labels: row.flags.map((f) => data.labels.flags[f] ?? f), note: row.note, subject: `${place} ${row.waveLabel}` }
	]);
	const options = viewOptionsFor(data, row.breakdown);
	return {
		kind: 'fact',
		id: `${story.slug}-${index + 1}`,
		indicator: block.indicator,
		sentence,
		value,
		unit,
		flags,
		sourceLine: t(lang, 'source_line', { source: source?.publisher ?? row.source, survey }),
		source,
		fullViewPath:
			indicatorPath(lang, block.indicator, row.breakdown, mainBreakdown(data)) +
			serializeViewState({ ...options.defaults, view: 'table' }, options.defaults),
		row
	};
}

/** A story in one language, every chart and fact resolved against the catalogue. Throws on any broken reference. */
export function resolveStory(
	catalogue: Catalogue,
	story: StoryDefinition,
	lang: Lang,
	embedStates: EmbedStates
): ResolvedStory {
	const blocks: ResolvedBlock[] = story.blocks.map((block, index) => {
		switch (block.kind) {
			case 'heading':
				return {
					kind: 'heading',
					id: `${story.slug}-section-${index + 1}`,
					text: noDigits(story.slug, `block ${index + 1} (heading)`, block.text[lang])
				};
			case 'text': {
				const where = `block ${index + 1} (text)`;
				const sources = (block.sources ?? []).map((id) => {
					const ref = sourceRef(catalogue, id, lang);
					if (!ref) throw new StoryError(story.slug, where, `unknown source "${id}"`);
					return ref;
				});
				return {
					kind: 'text',
					text: noDigits(story.slug, where, block.text[lang]),
					sources,
					links: (block.links ?? []).map((l) => ({
						href: l.href,
						label: noDigits(story.slug, `${where} link`, l.label[lang])
					}))
				};
			}
			case 'figure':
				return resolveFigure(catalogue, story, block, index, lang, embedStates);
			case 'fact':
				return resolveFact(catalogue, story, block, index, lang);
		}
	});
	const sources = new Map<string, SourceRef>();
	for (const b of blocks) {
		if (b.kind === 'text') for (const s of b.sources) sources.set(s.id, s);
		if (b.kind === 'fact' && b.source) sources.set(b.source.id, b.source);
		if (b.kind === 'figure')
			for (const o of b.view.rows) {
				const ref = sourceRef(catalogue, o.source, lang);
				if (ref) sources.set(ref.id, ref);
			}
	}
	return {
		slug: story.slug,
		lang,
		title: noDigits(story.slug, 'title', story.title[lang]),
		lead: noDigits(story.slug, 'lead', story.lead[lang]),
		blocks,
		sources: [...sources.values()]
	};
}

/** What a story page ships: the resolved story without the per-row detail only the build needs. */
export function storyPageData(story: ResolvedStory): ResolvedStory {
	return {
		...story,
		blocks: story.blocks.map((b) => (b.kind === 'figure' ? { ...b, view: { ...b.view, rows: [] } } : b))
	};
}

export function storySummaries(lang: Lang): StorySummary[] {
	return stories.map((s) => ({
		slug: s.slug,
		title: s.title[lang],
		lead: s.lead[lang],
		figures: s.blocks.filter((b) => b.kind === 'figure').length
	}));
}
