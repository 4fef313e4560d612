// The catalogue page: every indicator grouped by topic, with where it applies and its latest
// Belgian (or first available) value.
import { observationsByIndicator } from '../data/by-indicator.ts';
import { labelIn } from '../data/select.ts';
import { topics, type Topic } from '../data/schema.ts';
import type { Catalogue } from '../data/validate.ts';
import { formatValue } from '../format/number.ts';
import type { Lang } from '../i18n/langs.ts';
import { t } from '../i18n/messages.ts';

export interface CatalogueEntry {
	id: string;
	label: string;
	definition: string;
	geography: string;
	latest: string | null;
}

export interface CatalogueGroup {
	topic: Topic;
	title: string;
	entries: CatalogueEntry[];
}

export function catalogueView(catalogue: Catalogue, lang: Lang): CatalogueGroup[] {
	return topics
		.map((topic) => ({
			topic,
			title: t(lang, `topic_${topic}`),
			entries: catalogue.indicators
				.filter((i) => i.topic === topic)
				.map((i) => {
					const totals = (observationsByIndicator(catalogue).get(i.id) ?? [])
						.filter((o) => o.preferred && o.breakdown === 'total' && o.year !== null)
						.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || Number(b.region === 'BE') - Number(a.region === 'BE'));
					const latest = totals[0];
					return {
						id: i.id,
						label: labelIn(i, lang),
						definition: i[`definition_${lang}`],
						geography: t(lang, `geography_${i.geography}`),
						latest: latest
							? `${formatValue(latest.value, latest.decimals, i.unit, lang)} (${latest.year}, ${
									catalogue.dimensions.find((d) => d.dimension === 'region' && d.code === latest.region)?.[
										`label_${lang}`
									] ?? latest.region
								})`
							: null
					};
				})
				.sort((a, b) => a.label.localeCompare(b.label, lang))
		}))
		.filter((g) => g.entries.length > 0);
}
