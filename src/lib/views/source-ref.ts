// A source as a page shows it: its title in its own language (marked with `lang`), and what kind
// of document it is (press release, copy on another site…) in the page's language.
import type { Source } from '../data/schema.ts';
import type { Lang } from '../i18n/langs.ts';
import type { SourceRef } from './types.ts';

export function toSourceRef(s: Source, lang: Lang): SourceRef {
	return {
		id: s.id,
		title: s.title,
		titleLang: s.lang,
		annotation: s[`annotation_${lang}`] || null,
		publisher: s[`publisher_${lang}`],
		url: s.url,
		secondary: s.kind === 'secondary',
		licence: s.licence,
		year: s.year
	};
}
