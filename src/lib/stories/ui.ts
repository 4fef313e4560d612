// Page texts of the stories pages, per language (kept here rather than in messages/*.json).
import type { Lang } from '../i18n/langs.ts';

export interface StoriesUi {
	title: string;
	intro: string;
	allStories: string;
	nav: string;
	fullView: string;
	allFigures: string;
	textSource: string;
}

export const storiesUi: Record<Lang, StoriesUi> = {
	nl: {
		title: 'Verhalen',
		intro:
			'Korte pagina’s om van boven naar beneden te lezen, naast de catalogus. Elk verhaal bestaat uit een paar zinnen en grafieken uit de gegevens van deze site; elk cijfer komt uit die gegevens, met zijn bron en enquêtejaar. Elke grafiek kan worden ingesloten en gedownload.',
		allStories: 'Alle verhalen',
		nav: 'Verhalen',
		fullView: 'Volledige weergave',
		allFigures: 'alle cijfers van deze indicator',
		textSource: 'Bron'
	},
	fr: {
		title: 'Récits',
		intro:
			'De courtes pages à lire de haut en bas, à côté du catalogue. Chaque récit se compose de quelques phrases et de graphiques tirés des données de ce site ; chaque chiffre provient de ces données, avec sa source et l’année de l’enquête. Chaque graphique peut être intégré et téléchargé.',
		allStories: 'Tous les récits',
		nav: 'Récits',
		fullView: 'Vue complète',
		allFigures: 'tous les chiffres de cet indicateur',
		textSource: 'Source'
	},
	en: {
		title: 'Stories',
		intro:
			'Short pages to read from top to bottom, next to the catalogue. Each story is a few sentences and charts drawn from this site’s data; every number comes from that data, with its source and survey year. Every chart can be embedded and downloaded.',
		allStories: 'All stories',
		nav: 'Stories',
		fullView: 'Full view',
		allFigures: 'all figures of this indicator',
		textSource: 'Source'
	}
};
