// The codebook's interface text: what every column of every file offered means, in nl, fr and en,
// keyed by table and column name (a column written per language, `label_nl`, is described once as
// `label`). An observation column is described once under `observations`: the downloads reuse it.
// `{units}` stands for the legend of unit codes. A data-like table, hence its length.
import type { Lang } from '../langs.ts';

/** A text in every language of the site. */
export type Texts = Readonly<Record<Lang, string>>;

const observations = {
	indicator: {
		nl: 'Id van de indicator (indicators.csv).',
		fr: 'Identifiant de l’indicateur (indicators.csv).',
		en: 'Indicator id (indicators.csv).'
	},
	survey: {
		nl: 'Id van de enquêtegolf (surveys.csv), bv. HIS_2023.',
		fr: 'Identifiant de la vague d’enquête (surveys.csv), p. ex. HIS_2023.',
		en: 'Survey wave id (surveys.csv), e.g. HIS_2023.'
	},
	year: {
		nl: 'Referentiejaar, als één jaar is gepubliceerd; anders leeg.',
		fr: 'Année de référence, quand une seule année est publiée ; vide sinon.',
		en: 'Reference year, when one year is published; empty otherwise.'
	},
	period: {
		nl: 'De gepubliceerde periode als die niet één gewoon jaar is (bv. 2014-2015); anders leeg.',
		fr: 'La période publiée quand ce n’est pas une seule année (p. ex. 2014-2015) ; vide sinon.',
		en: 'The published period when it is not one plain year (e.g. 2014-2015); empty otherwise.'
	},
	wave_date: {
		nl: 'Maand van een golf van een online monitoring (JJJJ-MM), om de golven binnen een jaar te ordenen; anders leeg.',
		fr: 'Mois d’une vague de suivi en ligne (AAAA-MM), pour ordonner les vagues d’une même année ; vide sinon.',
		en: 'Month of an online monitoring wave (YYYY-MM), to order waves within a year; empty otherwise.'
	},
	region: {
		nl: 'Code van het gebied (dimensions.csv, dimensie region): BE, BE-VLG, BE-BRU, BE-WAL, Eurostat-codes, ...',
		fr: 'Code de la zone géographique (dimensions.csv, dimension region) : BE, BE-VLG, BE-BRU, BE-WAL, codes Eurostat, ...',
		en: 'Region code (dimensions.csv, dimension region): BE, BE-VLG, BE-BRU, BE-WAL, Eurostat codes, ...'
	},
	breakdown: {
		nl: 'Code van de uitsplitsing (dimensions.csv, dimensie breakdown): total, sex, age, education, income, ...',
		fr: 'Code de la ventilation (dimensions.csv, dimension breakdown) : total, sex, age, education, income, ...',
		en: 'Breakdown code (dimensions.csv, dimension breakdown): total, sex, age, education, income, ...'
	},
	group: {
		nl: 'Code van de groep binnen de uitsplitsing (dimensions.csv, dimensie group, parent = breakdown).',
		fr: 'Code du groupe au sein de la ventilation (dimensions.csv, dimension group, parent = breakdown).',
		en: 'Group code within the breakdown (dimensions.csv, dimension group, parent = breakdown).'
	},
	age_base: {
		nl: 'Leeftijdsgroep waarop deze schatting betrekking heeft (18+, 15+, ...).',
		fr: 'Tranche d’âge sur laquelle porte cette estimation (18+, 15+, ...).',
		en: 'Age base of this estimate (18+, 15+, ...).'
	},
	age_base_source: {
		nl: 'Hoe de leeftijdsgroep (age_base) bekend is.',
		fr: 'Comment la tranche d’âge (age_base) est connue.',
		en: 'How the age base is known.'
	},
	value: {
		nl: 'De schatting zoals gepubliceerd, in de eenheid van de indicator ({units}). In CSV staat de gepubliceerde tekst (9.0 houdt zijn decimaal); in JSON is het een getal (9) en geeft value_decimals het aantal gepubliceerde decimalen.',
		fr: 'L’estimation telle que publiée, dans l’unité de l’indicateur ({units}). En CSV, le texte publié (9.0 garde sa décimale) ; en JSON, un nombre (9), et value_decimals donne le nombre de décimales publiées.',
		en: 'The estimate as published, in the unit of the indicator ({units}). CSV files hold the published text (9.0 keeps its decimal); JSON holds a number (9), with the published decimals in value_decimals.'
	},
	ci_low: {
		nl: 'Ondergrens van het 95%-betrouwbaarheidsinterval, als die is gepubliceerd; anders leeg (nooit nul).',
		fr: 'Borne inférieure de l’intervalle de confiance à 95 %, si elle est publiée ; vide sinon (jamais zéro).',
		en: 'Lower bound of the 95% confidence interval, when published; empty otherwise (never zero).'
	},
	ci_high: {
		nl: 'Bovengrens van het 95%-betrouwbaarheidsinterval, als die is gepubliceerd; anders leeg (nooit nul).',
		fr: 'Borne supérieure de l’intervalle de confiance à 95 %, si elle est publiée ; vide sinon (jamais zéro).',
		en: 'Upper bound of the 95% confidence interval, when published; empty otherwise (never zero).'
	},
	n: {
		nl: 'Steekproefgrootte, als die is gepubliceerd; anders leeg. In elk bestand in gewone cijfers (16455), zodat programma’s het als getal lezen; de pagina’s groeperen de cijfers per taal (16.455).',
		fr: 'Taille de l’échantillon, si elle est publiée ; vide sinon. En chiffres simples dans chaque fichier (16455), pour que les logiciels la lisent comme un nombre ; les pages groupent les chiffres selon la langue (16 455).',
		en: 'Sample size, when published; empty otherwise. Plain digits in every file (16455), so software reads a number; the pages group the digits per language (16,455).'
	},
	standardisation: {
		nl: 'Of de schatting gestandaardiseerd is voor leeftijd.',
		fr: 'Si l’estimation est standardisée pour l’âge.',
		en: 'Whether the estimate is age-standardised.'
	},
	preferred: {
		nl: 'false voor een tweede bron voor dezelfde cel: bewaard ter referentie, nooit in een grafiek getoond.',
		fr: 'false pour une deuxième source de la même cellule : conservée pour référence, jamais représentée dans un graphique.',
		en: 'false for a second source of the same cell: kept for reference, never charted.'
	},
	flags: {
		nl: 'Codes voor twijfels en herkomst (dimensions.csv, dimensie flag), gescheiden door ";"; leeg als er geen zijn.',
		fr: 'Codes de doute et de provenance (dimensions.csv, dimension flag), séparés par ";" ; vide s’il n’y en a pas.',
		en: 'Doubts and provenance codes (dimensions.csv, dimension flag), separated by ";"; empty when none.'
	},
	note: {
		nl: 'Waarom de rij gemarkeerd is, voor de lezer; anders leeg.',
		fr: 'Pourquoi la ligne est signalée, pour le lecteur ; vide sinon.',
		en: 'Why the row is flagged, for the reader; empty otherwise.'
	},
	source: {
		nl: 'Id van de bron (sources.csv).',
		fr: 'Identifiant de la source (sources.csv).',
		en: 'Source id (sources.csv).'
	},
	source_url: {
		nl: 'De pagina waarop de waarde is afgelezen.',
		fr: 'La page où la valeur a été relevée.',
		en: 'The page the value was read from.'
	},
	source_quote: {
		nl: 'De exacte zin waaruit de waarde is overgenomen, letterlijk; leeg voor een rij uit een gepubliceerde tabel (source_table).',
		fr: 'La phrase exacte d’où la valeur a été tirée, mot pour mot ; vide pour une ligne d’un tableau publié (source_table).',
		en: 'The exact sentence the value was read from, verbatim; empty for a row from a published table (source_table).'
	},
	quote_context: {
		nl: 'De kolomkoppen van de tabel wanneer source_quote één rij van een tabel is waarvan de cellen aan elkaar geplakt zijn; anders leeg.',
		fr: 'Les en-têtes de colonnes du tableau lorsque source_quote est une ligne d’un tableau aux cellules collées ; vide sinon.',
		en: 'The table’s column headers when source_quote is one row of a table whose cells run together; empty otherwise.'
	},
	source_table: {
		nl: 'Bestandsnaam van de gepubliceerde statistische tabel waaruit de rij komt, als er geen citaat is; anders leeg.',
		fr: 'Nom du fichier du tableau statistique publié dont provient la ligne, s’il n’y a pas de citation ; vide sinon.',
		en: 'File name of the published statistical table the row comes from, when there is no quote; empty otherwise.'
	},
	source_table_sha256: {
		nl: 'SHA-256-controlegetal van dat tabelbestand, om na te gaan dat het dezelfde versie is.',
		fr: 'Somme de contrôle SHA-256 de ce fichier de tableau, pour vérifier qu’il s’agit de la même version.',
		en: 'SHA-256 checksum of that table file, to check it is the same version.'
	},
	source_row: {
		nl: 'Regelnummer van de rij in dat tabelbestand (regel 1 is de kopregel).',
		fr: 'Numéro de ligne de la rangée dans ce fichier de tableau (la ligne 1 est l’en-tête).',
		en: 'Line number of the row in that table file (line 1 is the header).'
	},
	maintainer_note: {
		nl: 'Notitie voor wie de gegevens onderhoudt (samenvoegingen, herkomst, twijfels; in het Engels); nooit op een pagina getoond.',
		fr: 'Note pour les mainteneurs des données (fusions, provenance, doutes ; en anglais) ; jamais affichée sur une page.',
		en: 'Note for the maintainers of the data (merges, provenance, doubts); never shown on a page.'
	},
	origin: {
		nl: 'Gedeeld bronbestand en regel waaruit deze rij is overgenomen (voor beheerders).',
		fr: 'Fichier source partagé et ligne à partir desquels cette ligne a été transcrite (pour les mainteneurs).',
		en: 'Shared source file and line this row was transcribed from (for maintainers).'
	}
} satisfies Record<string, Texts>;

/** The columns a row download adds to the reader columns of observations. */
const download = {
	note: {
		nl: 'Waarom de rij gemarkeerd is, in de taal van het bestand; anders leeg.',
		fr: 'Pourquoi la ligne est signalée, dans la langue du fichier ; vide sinon.',
		en: 'Why the row is flagged, in the language of the file; empty otherwise.'
	},
	indicator_label: {
		nl: 'Naam van de indicator in de taal van het bestand.',
		fr: 'Nom de l’indicateur dans la langue du fichier.',
		en: 'Indicator name in the language of the file.'
	},
	survey_label: {
		nl: 'Naam van de enquête in de taal van het bestand.',
		fr: 'Nom de l’enquête dans la langue du fichier.',
		en: 'Survey name in the language of the file.'
	},
	region_label: {
		nl: 'Naam van het gebied in de taal van het bestand.',
		fr: 'Nom de la zone géographique dans la langue du fichier.',
		en: 'Region name in the language of the file.'
	},
	group_label: {
		nl: 'Naam van de groep in de taal van het bestand.',
		fr: 'Nom du groupe dans la langue du fichier.',
		en: 'Group name in the language of the file.'
	},
	value_decimals: {
		nl: 'Aantal decimalen waarmee value is gepubliceerd (9.0 heeft er 1): toon value met zoveel decimalen.',
		fr: 'Nombre de décimales avec lequel value a été publiée (9.0 en a 1) : affichez value avec autant de décimales.',
		en: 'Number of decimals value was published with (9.0 has 1): show value with that many decimals.'
	},
	unit: {
		nl: 'Eenheid van value, ci_low en ci_high: {units}.',
		fr: 'Unité de value, ci_low et ci_high : {units}.',
		en: 'Unit of value, ci_low and ci_high: {units}.'
	},
	source_title: { nl: 'Titel van de bron.', fr: 'Titre de la source.', en: 'Title of the source.' },
	source_publisher: {
		nl: 'Uitgever van de bron (de oorspronkelijke producent van het cijfer).',
		fr: 'Éditeur de la source (le producteur d’origine du chiffre).',
		en: 'Publisher of the source (the original producer of the figure).'
	},
	licence: {
		nl: 'Licentie van de bron zoals vermeld door de uitgever (`not stated` als er geen is vermeld).',
		fr: 'Licence de la source telle qu’indiquée par son éditeur (`not stated` si aucune n’est indiquée).',
		en: 'Licence of the source as stated by its publisher (`not stated` when none is given).'
	},
	retrieved_from: {
		nl: 'De pagina van deze site waarvan het bestand is gedownload.',
		fr: 'La page de ce site d’où le fichier a été téléchargé.',
		en: 'The page of this site the file was downloaded from.'
	},
	retrieved_on: {
		nl: 'Datum waarop het bestand is aangemaakt (JJJJ-MM-DD).',
		fr: 'Date de création du fichier (AAAA-MM-JJ).',
		en: 'Date the file was built (YYYY-MM-DD).'
	}
} satisfies Record<string, Texts>;

const indicators = {
	id: {
		nl: 'Id van de indicator, uniek; observations verwijst ernaar.',
		fr: 'Identifiant de l’indicateur, unique ; référencé par observations.',
		en: 'Indicator id, unique; referred to by observations.'
	},
	topic: {
		nl: 'Thema waartoe de indicator behoort.',
		fr: 'Thème auquel appartient l’indicateur.',
		en: 'Topic the indicator belongs to.'
	},
	unit: {
		nl: 'Eenheid van de waarden van de indicator: {units}.',
		fr: 'Unité des valeurs de l’indicateur : {units}.',
		en: "Unit of the indicator's values: {units}."
	},
	population: {
		nl: 'Populatie die de indicator beschrijft (bv. 18+).',
		fr: 'Population décrite par l’indicateur (p. ex. 18+).',
		en: 'Population the indicator describes (e.g. 18+).'
	},
	geography: { nl: 'Geografisch bereik.', fr: 'Couverture géographique.', en: 'Geographic scope.' },
	instrument: {
		nl: 'Vragenlijst of meetinstrument (bv. EHIS-PAQ); leeg als het niet vermeld is.',
		fr: 'Questionnaire ou instrument de mesure (p. ex. EHIS-PAQ) ; vide s’il n’est pas précisé.',
		en: 'Questionnaire or instrument (e.g. EHIS-PAQ); empty when not stated.'
	},
	label: { nl: 'Naam van de indicator.', fr: 'Nom de l’indicateur.', en: 'Indicator name.' },
	definition: { nl: 'Definitie.', fr: 'Définition.', en: 'Definition.' },
	decimals: {
		nl: 'Aantal gepubliceerde decimalen.',
		fr: 'Nombre de décimales publiées.',
		en: 'Number of decimals published.'
	},
	higher_is_better: {
		nl: 'true als een hogere waarde het betere resultaat is, false als een lagere dat is; leeg als geen van beide.',
		fr: 'true si une valeur plus élevée est le meilleur résultat, false si c’est une valeur plus basse ; vide si ni l’un ni l’autre.',
		en: 'true when a higher value is the better outcome, false when lower is; empty when neither.'
	},
	series: {
		nl: 'Id van de reeks (series.csv), gedeeld door indicatoren van één begrip dat met verschillende instrumenten is gemeten; anders leeg.',
		fr: 'Identifiant de la série (series.csv), commun aux indicateurs d’un même concept mesuré avec des instruments différents ; vide sinon.',
		en: 'Series id (series.csv) shared by indicators of one concept measured with different instruments; empty otherwise.'
	},
	concept: {
		nl: 'Code van het begrip (dimensions.csv, soort concept) dat deze indicator deelt met gelijkaardige indicatoren die anders gemeten zijn (instrument, leeftijdsgrens, bevraging, periode); de catalogus groepeert ze en elke indicatorpagina verwijst naar de andere; leeg als er geen zijn.',
		fr: 'Code du concept (dimensions.csv, type concept) que cet indicateur partage avec des indicateurs semblables mesurés autrement (instrument, âge, mode d’enquête, période) ; le catalogue les regroupe et chaque page d’indicateur renvoie aux autres ; vide s’il n’y en a pas.',
		en: 'Code of the concept (dimensions.csv, kind concept) this indicator shares with look-alike indicators measured another way (instrument, age base, survey mode, period); the catalogue groups them and each indicator page links to the others; empty when there are none.'
	}
} satisfies Record<string, Texts>;

const dimensions = {
	dimension: {
		nl: 'Soort code: region, breakdown, group, flag of concept.',
		fr: 'Type de code : region, breakdown, group, flag ou concept.',
		en: 'Kind of code: region, breakdown, group, flag or concept.'
	},
	code: {
		nl: 'De code, uniek binnen zijn dimensie.',
		fr: 'Le code, unique dans sa dimension.',
		en: 'The code, unique within its dimension.'
	},
	parent: {
		nl: 'Voor een groep de uitsplitsing; voor een gebied het niveau; anders leeg.',
		fr: 'Pour un groupe, sa ventilation ; pour une zone géographique, son niveau ; vide sinon.',
		en: 'For a group its breakdown; for a region its level; empty otherwise.'
	},
	order: {
		nl: 'Volgorde van weergave binnen de dimensie.',
		fr: 'Ordre d’affichage dans la dimension.',
		en: 'Display order within the dimension.'
	},
	label: { nl: 'Naam.', fr: 'Libellé.', en: 'Label.' }
} satisfies Record<string, Texts>;

const sources = {
	id: {
		nl: 'Id van de bron, uniek; observations verwijst ernaar.',
		fr: 'Identifiant de la source, unique ; référencé par observations.',
		en: 'Source id, unique; referred to by observations.'
	},
	title: download.source_title,
	lang: {
		nl: 'Taal van de titel (nl, fr of en).',
		fr: 'Langue du titre (nl, fr ou en).',
		en: 'Language of the title (nl, fr or en).'
	},
	publisher: { nl: 'Uitgever van de bron.', fr: 'Éditeur de la source.', en: 'Publisher of the source.' },
	annotation: {
		nl: 'Soort document (bv. persbericht met datum, kopie op een andere website); leeg als niets te melden.',
		fr: 'Type de document (p. ex. communiqué de presse daté, copie sur un autre site) ; vide si rien à signaler.',
		en: 'Kind of document (e.g. dated press release, copy on another website); empty when nothing to say.'
	},
	year: {
		nl: 'Jaar van uitgave, als het vermeld is; anders leeg.',
		fr: 'Année de publication, si elle est indiquée ; vide sinon.',
		en: 'Year of publication, when stated; empty otherwise.'
	},
	url: { nl: 'Webadres van de bron.', fr: 'Adresse web de la source.', en: 'Web address of the source.' },
	licence: {
		nl: 'Licentie zoals vermeld door de uitgever (`not stated` als er geen is vermeld).',
		fr: 'Licence telle qu’indiquée par l’éditeur (`not stated` si aucune n’est indiquée).',
		en: 'Licence as stated by the publisher (`not stated` when none is given).'
	},
	kind: {
		nl: 'primary: de producent van het cijfer; secondary: een rapport dat het cijfer aanhaalt.',
		fr: 'primary : le producteur du chiffre ; secondary : un rapport qui le cite.',
		en: 'primary: the producer of the figure; secondary: a report quoting it.'
	},
	citation: {
		nl: 'Hoe de uitgever geciteerd wil worden, of een verwijzing samengesteld uit titel, uitgever en jaar.',
		fr: 'La citation demandée par l’éditeur, ou une référence composée du titre, de l’éditeur et de l’année.',
		en: 'How the publisher asks to be cited, or a reference built from title, publisher and year.'
	}
} satisfies Record<string, Texts>;

const surveys = {
	id: {
		nl: 'Id van de enquêtegolf, uniek (bv. HIS_2023).',
		fr: 'Identifiant de la vague d’enquête, unique (p. ex. HIS_2023).',
		en: 'Survey wave id, unique (e.g. HIS_2023).'
	},
	family: {
		nl: 'Enquêtefamilie (HIS, COVID_HS, BELHEALTH, PB, EHIS, EB, ...).',
		fr: 'Famille d’enquêtes (HIS, COVID_HS, BELHEALTH, PB, EHIS, EB, ...).',
		en: 'Survey family (HIS, COVID_HS, BELHEALTH, PB, EHIS, EB, ...).'
	},
	mode: { nl: 'Wijze van gegevensverzameling.', fr: 'Mode de collecte des données.', en: 'Data collection mode.' },
	label: { nl: 'Naam van de enquête.', fr: 'Nom de l’enquête.', en: 'Survey name.' }
} satisfies Record<string, Texts>;

const series = {
	id: {
		nl: 'Id van de reeks, uniek; indicators verwijst ernaar.',
		fr: 'Identifiant de la série, unique ; référencé par indicators.',
		en: 'Series id, unique; referred to by indicators.'
	},
	label: { nl: 'Naam van de reeks.', fr: 'Nom de la série.', en: 'Series name.' },
	break_note: {
		nl: 'Waarom de segmenten van de reeks niet met elkaar verbonden mogen worden.',
		fr: 'Pourquoi les segments de la série ne doivent pas être reliés.',
		en: 'Why the segments of the series must not be joined.'
	}
} satisfies Record<string, Texts>;

// codebook.csv describes its own columns too: it is one of the files offered.
// Code values inside a description are written between backticks: the data page shows them as code.
const codebook = {
	kind: {
		nl: 'Soort item: `column` (een kolom van een bestand), `indicator`, `series`, `survey`, of een dimensie van dimensions.csv (`region`, `breakdown`, `group`, `flag`).',
		fr: 'Type d’entrée : `column` (une colonne d’un fichier), `indicator`, `series`, `survey`, ou une dimension de dimensions.csv (`region`, `breakdown`, `group`, `flag`).',
		en: 'Kind of entry: `column` (a column of a file), `indicator`, `series`, `survey`, or a dimension of dimensions.csv (`region`, `breakdown`, `group`, `flag`).'
	},
	code: {
		nl: 'De kolomnaam, het id van de indicator, reeks of enquêtegolf, of de code.',
		fr: 'Le nom de la colonne, l’identifiant de l’indicateur, de la série ou de la vague d’enquête, ou le code.',
		en: 'The column name, the indicator, series or survey wave id, or the code.'
	},
	parent: {
		nl: 'Voor een kolom het bestand (catalogue.csv staat ook voor catalogue.json, catalogue-excel.csv, catalogue-en.csv en de bestanden per indicator, die dezelfde kolommen hebben); voor een indicator het thema; voor een enquête de familie; voor een code de parent uit dimensions.csv; anders leeg.',
		fr: 'Pour une colonne, le fichier (catalogue.csv vaut aussi pour catalogue.json, catalogue-excel.csv, catalogue-en.csv et les fichiers par indicateur, qui ont les mêmes colonnes) ; pour un indicateur, son thème ; pour une enquête, sa famille ; pour un code, le parent de dimensions.csv ; vide sinon.',
		en: 'For a column its file (catalogue.csv also stands for catalogue.json, catalogue-excel.csv, catalogue-en.csv and the files per indicator, which have the same columns); for an indicator its topic; for a survey its family; for a code its parent in dimensions.csv; empty otherwise.'
	},
	label: {
		nl: 'Naam in de taal van het bestand; leeg voor een kolom.',
		fr: 'Nom dans la langue du fichier ; vide pour une colonne.',
		en: 'Name in the language of the file; empty for a column.'
	},
	description: {
		nl: 'Voor een kolom de beschrijving en [type]; voor een indicator de definitie en [eenheid; populatie]; voor een reeks waarom de segmenten niet verbonden mogen worden; voor een enquête de wijze van gegevensverzameling; anders leeg.',
		fr: 'Pour une colonne, sa description et [type] ; pour un indicateur, sa définition et [unité; population] ; pour une série, pourquoi ses segments ne doivent pas être reliés ; pour une enquête, son mode de collecte ; vide sinon.',
		en: 'For a column its description and [type]; for an indicator its definition and [unit; population]; for a series why its segments must not be joined; for a survey its data collection mode; empty otherwise.'
	}
} satisfies Record<string, Texts>;

/** Column descriptions per table, keyed by column name. */
export const columnTexts = {
	observations,
	download,
	indicators,
	series,
	surveys,
	dimensions,
	sources,
	codebook
} as const satisfies Record<string, Readonly<Record<string, Texts>>>;

export type ColumnTable = keyof typeof columnTexts;

/** What each unit code means, for the {units} legend. */
export const unitTexts = {
	percent: {
		nl: 'procent van de bevolking (0-100)',
		fr: 'pourcentage de la population (0-100)',
		en: 'percent of the population (0-100)'
	},
	hours_per_day: { nl: 'uren per dag', fr: 'heures par jour', en: 'hours per day' },
	percentage_points: {
		nl: 'verschil in procentpunten',
		fr: 'différence en points de pourcentage',
		en: 'difference in percentage points'
	},
	ratio: { nl: 'ratio (zonder eenheid)', fr: 'ratio (sans unité)', en: 'ratio (no unit)' },
	score_0_10: {
		nl: 'score op een schaal van 0 tot 10',
		fr: 'score sur une échelle de 0 à 10',
		en: 'score on a scale from 0 to 10'
	},
	percent_reduction: { nl: 'procentuele vermindering', fr: 'réduction en pourcentage', en: 'percent reduction' },
	percent_of_association: {
		nl: 'procent van het verband dat verklaard wordt',
		fr: 'pourcentage de l’association expliqué',
		en: 'percent of the association explained'
	},
	count: {
		nl: 'aantal (personen of gebeurtenissen)',
		fr: 'nombre (personnes ou événements)',
		en: 'count (people or events)'
	},
	per_1000: { nl: 'per 1000 inwoners', fr: 'pour 1000 habitants', en: 'per 1,000 population' },
	mean_count: { nl: 'gemiddeld aantal per persoon', fr: 'nombre moyen par personne', en: 'mean count per person' },
	million_eur: { nl: 'miljoen euro', fr: 'millions d’euros', en: 'million euro' }
} satisfies Record<string, Texts>;

/** Appended to every free-text column: how the CSV writer neutralises formulas (csv.ts). */
export const apostropheNote: Texts = {
	nl: " Tekst die begint met = + - @, een tab, CR of LF (of hun varianten op volle breedte ＝ ＋ － ＠) krijgt vooraan een ' zodat een rekenblad hem niet als formule uitvoert; verwijder één ' vooraan om de tekst terug te krijgen.",
	fr: " Un texte qui commence par = + - @, une tabulation, CR ou LF (ou leurs formes pleine chasse ＝ ＋ － ＠) est précédé d’une ' pour qu’un tableur ne l’exécute pas comme une formule ; supprimez une ' initiale pour retrouver le texte.",
	en: " Text starting with = + - @, tab, CR or LF (or full-width ＝ ＋ － ＠) is written with a leading ' so spreadsheets do not run it; remove one leading ' to recover the text."
};
