// The plain-language sentences and chart descriptions of every view. Every value is written with
// its † when flagged; two values are compared only when comparable() allows it, otherwise the
// sentence says why not; age-standardised values say so.
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';
import { comparable, type NotComparable } from './comparable.ts';
import type { PageObservation } from './indicator-data.ts';
import { byX, ciText, factsOf, marked, type Context } from './view-context.ts';

/** Why two values are not comparable, in words ("andere leeftijdsgroep (15+ tegenover 18+)"). */
export function reasonText(lang: Lang, { reason, a, b }: NotComparable): string {
	switch (reason) {
		case 'instrument':
			return t(lang, 'reason_instrument', { a, b });
		case 'age_base':
			return t(lang, 'reason_age_base', { a, b });
		case 'standardisation':
			return t(lang, 'reason_standardisation');
		case 'survey_mode':
			return t(lang, 'reason_survey_mode');
		case 'definition':
			return t(lang, 'reason_definition');
	}
}

/** Says whether published CIs overlap; without CIs, says that no claim can be made. */
export function ciSentence(ctx: Context, a: PageObservation, b: PageObservation): string {
	if (a.ciLow === null || a.ciHigh === null || b.ciLow === null || b.ciHigh === null) return t(ctx.lang, 'ci_no_claim');
	const overlap = a.ciLow <= b.ciHigh && b.ciLow <= a.ciHigh;
	return t(ctx.lang, overlap ? 'ci_overlap' : 'ci_no_overlap');
}

/** The previous wave of the same indicator, region and group, from the same survey family. */
function previousOf(ctx: Context, o: PageObservation): PageObservation | null {
	if (o.x === null) return null;
	const family = ctx.data.surveys[o.survey]?.family;
	const x = o.x;
	const earlier = ctx.data.observations.filter(
		(p) =>
			p.indicator === o.indicator &&
			p.preferred &&
			p.region === o.region &&
			p.breakdown === o.breakdown &&
			p.group === o.group &&
			p.x !== null &&
			p.x < x &&
			ctx.data.surveys[p.survey]?.family === family
	);
	// Of the latest earlier wave, the row comparable with `o` if there is one (two age bases).
	const latest = earlier.sort(byX).at(-1);
	const sameWave = earlier.filter((p) => p.x === latest?.x);
	return sameWave.find((p) => comparable(factsOf(ctx, o), factsOf(ctx, p)) === null) ?? latest ?? null;
}

/** The value of `o` in its wave and place, compared with the previous wave only when comparable. */
export function changeSentences(ctx: Context, o: PageObservation, place: string): string[] {
	const indicator = ctx.data.indicator.label;
	const value = marked(ctx, o);
	const alone = t(ctx.lang, 'sentence_value', { indicator, value, wave: o.waveLabel, place });
	const previous = previousOf(ctx, o);
	if (!previous) return [alone];
	const why = comparable(factsOf(ctx, o), factsOf(ctx, previous));
	if (why)
		return [
			alone,
			t(ctx.lang, 'sentence_not_comparable', { wave: previous.waveLabel, reason: reasonText(ctx.lang, why) })
		];
	return [
		t(ctx.lang, 'sentence_change', {
			indicator,
			value,
			wave: o.waveLabel,
			place,
			previous: marked(ctx, previous),
			previous_wave: previous.waveLabel
		}),
		ciSentence(ctx, o, previous)
	];
}

/** Highest and lowest of the shown values, when they are comparable with each other. */
export function rangeSentences(ctx: Context, rows: PageObservation[], label: (o: PageObservation) => string): string[] {
	if (rows.length < 2) return [];
	const sorted = [...rows].sort((a, b) => b.value - a.value);
	const high = sorted[0] as PageObservation;
	const low = sorted.at(-1) as PageObservation;
	if (high.value === low.value) return [];
	const why = rows.map((o) => comparable(factsOf(ctx, high), factsOf(ctx, o))).find((w) => w !== null);
	if (why) return [t(ctx.lang, 'range_not_comparable', { reason: reasonText(ctx.lang, why) })];
	return [
		t(ctx.lang, 'sentence_range', {
			high_label: label(high),
			high: marked(ctx, high),
			low_label: label(low),
			low: marked(ctx, low)
		}),
		ciSentence(ctx, high, low)
	];
}

/** Says which shown values are age-standardised (all of them, or the named ones). */
export function standardisationSentences(
	ctx: Context,
	rows: PageObservation[],
	subject: (o: PageObservation) => string
): string[] {
	const standardised = rows.filter((o) => o.standardisation === 'age_standardised');
	if (standardised.length === 0) return [];
	if (standardised.length === rows.length) return [t(ctx.lang, 'standardised_all')];
	return [t(ctx.lang, 'standardised_some', { items: [...new Set(standardised.map(subject))].join(', ') })];
}

/** "label: value †, 95%-BI …" per shown item, "label: geen gegevens" where nothing was published. */
export function itemsText(ctx: Context, items: { label: string; o: PageObservation | null }[]): string {
	return items
		.map(({ label, o }) => {
			if (!o) return t(ctx.lang, 'chart_item_no_data', { label });
			const ci = o.ciLow !== null && o.ciHigh !== null ? `, ${ciText(ctx, o)}` : '';
			return t(ctx.lang, 'chart_item', { label, value: `${marked(ctx, o)}${ci}` });
		})
		.join(t(ctx.lang, 'list_separator'));
}
