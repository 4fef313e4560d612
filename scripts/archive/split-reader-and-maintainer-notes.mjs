#!/usr/bin/env node
// One-shot migration (December 2026), kept for the record: gives every reader-facing data text
// its nl, fr and en columns, moves provenance notes to maintainer_note, adds quote_context to
// table-row quotes and applies the label fixes of docs/data-review.md. It never touches value or
// source_quote. Usage: node scripts/archive/split-reader-and-maintainer-notes.mjs DATA_DIR
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

const dir = process.argv[2] ?? 'data';
// The label fixes apply to the real catalogue only, not to the test fixtures.
const real = fs.existsSync(path.join(dir, 'observations', 'mental_health.csv'));
const read = (f) => Papa.parse(fs.readFileSync(f, 'utf8'), { skipEmptyLines: true }).data;
const write = (f, rows) => fs.writeFileSync(f, Papa.unparse(rows, { newline: '\n' }) + '\n');

// ---------------------------------------------------------------- indicators: population, instrument
const population = {
	'18+': ['18+', '18+', '18+'],
	'15+': ['15+', '15+', '15+'],
	'16+': ['16+', '16+', '16+'],
	'18-64': ['18-64', '18-64', '18-64'],
	'3-17': ['3-17', '3-17', '3-17'],
	'3-9': ['3-9', '3-9', '3-9'],
	'11-18': ['11-18', '11-18', '11-18'],
	'not stated': ['niet vermeld', 'non indiquée', 'not stated'],
	'referred patients': ['doorverwezen patiënten', 'patients orientés', 'referred patients'],
	'programme participants': ['deelnemers aan het programma', 'participants au programme', 'programme participants'],
	municipalities: ['gemeenten', 'communes', 'municipalities'],
	coaches: ['beweegcoaches', 'coachs en activité physique', 'exercise coaches'],
	'pilot participants': ['deelnemers aan het pilootproject', 'participants au projet pilote', 'pilot participants'],
	programme: ['het programma', 'le programme', 'the programme']
};
const instrument = {
	'': ['', '', ''],
	'EHIS-PAQ': ['EHIS-PAQ', 'EHIS-PAQ', 'EHIS-PAQ'],
	'HIS questionnaire': [
		'vragenlijst van de Gezondheidsenquête',
		'questionnaire de l’Enquête de santé',
		'Health Interview Survey questionnaire'
	],
	'IPAQ short': ['IPAQ, korte versie', 'IPAQ, version courte', 'IPAQ short form'],
	'IPAQ short form': ['IPAQ, korte versie', 'IPAQ, version courte', 'IPAQ short form'],
	'COVID-19 Health Survey questionnaire': [
		'vragenlijst van de COVID-19-gezondheidsenquête',
		'questionnaire de l’enquête de santé COVID-19',
		'COVID-19 Health Survey questionnaire'
	],
	'EHIS-PAQ (Gezond Leven analysis)': [
		'EHIS-PAQ (analyse van Gezond Leven)',
		'EHIS-PAQ (analyse de Gezond Leven)',
		'EHIS-PAQ (Gezond Leven analysis)'
	],
	'Preventiebarometer questionnaire': [
		'vragenlijst van de Preventiebarometer',
		'questionnaire du Preventiebarometer',
		'Preventiebarometer questionnaire'
	],
	'FCS questionnaire and measurements': [
		'vragenlijst en metingen van de Voedselconsumptiepeiling',
		'questionnaire et mesures de l’enquête de consommation alimentaire',
		'Food Consumption Survey questionnaire and measurements'
	],
	'FCS questionnaire': [
		'vragenlijst van de Voedselconsumptiepeiling',
		'questionnaire de l’enquête de consommation alimentaire',
		'Food Consumption Survey questionnaire'
	],
	'HBSC questionnaire (survey inferred)': [
		'HBSC-vragenlijst (enquête afgeleid)',
		'questionnaire HBSC (enquête déduite)',
		'HBSC questionnaire (survey inferred)'
	],
	'EHIS-PAQ (Eurostat hlth_ehis_pe2e, MN_GE150)': [
		'EHIS-PAQ (Eurostat-tabel HLTH_EHIS_PE2E)',
		'EHIS-PAQ (tableau Eurostat HLTH_EHIS_PE2E)',
		'EHIS-PAQ (Eurostat table HLTH_EHIS_PE2E)'
	],
	'EHIS-PAQ (Eurostat hlth_ehis_pe9e, MV_AERO)': [
		'EHIS-PAQ (Eurostat-tabel HLTH_EHIS_PE9E)',
		'EHIS-PAQ (tableau Eurostat HLTH_EHIS_PE9E)',
		'EHIS-PAQ (Eurostat table HLTH_EHIS_PE9E)'
	],
	'EHIS-PAQ (Eurostat hlth_ehis_pe9e, MV_MSC)': [
		'EHIS-PAQ (Eurostat-tabel HLTH_EHIS_PE9E)',
		'EHIS-PAQ (tableau Eurostat HLTH_EHIS_PE9E)',
		'EHIS-PAQ (Eurostat table HLTH_EHIS_PE9E)'
	],
	'EHIS-PAQ (Eurostat hlth_ehis_pe9e, MV_AERO_MSC)': [
		'EHIS-PAQ (Eurostat-tabel HLTH_EHIS_PE9E)',
		'EHIS-PAQ (tableau Eurostat HLTH_EHIS_PE9E)',
		'EHIS-PAQ (Eurostat table HLTH_EHIS_PE9E)'
	],
	'model estimate (pooled population surveys)': [
		'modelschatting (samengevoegde bevolkingsenquêtes)',
		'estimation par modèle (enquêtes de population regroupées)',
		'model estimate (pooled population surveys)'
	],
	'Eurobarometer question': ['vraag uit de Eurobarometer', 'question de l’Eurobaromètre', 'Eurobarometer question'],
	'EU-SILC question': ['vraag uit EU-SILC', 'question d’EU-SILC', 'EU-SILC question'],
	'EHIS-PAQ (OECD Health at a Glance)': [
		'EHIS-PAQ (OESO, Health at a Glance)',
		'EHIS-PAQ (OCDE, Health at a Glance)',
		'EHIS-PAQ (OECD Health at a Glance)'
	],
	'EHIS wave 2 questionnaire': [
		'vragenlijst van EHIS, tweede golf',
		'questionnaire de l’EHIS, deuxième vague',
		'EHIS wave 2 questionnaire'
	],
	'model estimate (Bayesian, 507 surveys)': [
		'modelschatting (bayesiaans, 507 enquêtes)',
		'estimation par modèle (bayésien, 507 enquêtes)',
		'model estimate (Bayesian, 507 surveys)'
	],
	'model projection (Strain et al. 2024)': [
		'modelprojectie (Strain e.a. 2024)',
		'projection par modèle (Strain et al. 2024)',
		'model projection (Strain et al. 2024)'
	],
	'programme monitoring': ['opvolging van het programma', 'suivi du programme', 'programme monitoring'],
	'programme budget': ['begroting van het programma', 'budget du programme', 'programme budget'],
	'TNO survey question': ['vraag uit een TNO-enquête', 'question d’une enquête TNO', 'TNO survey question'],
	'CBS/RIVM Leefstijlmonitor': [
		'Leefstijlmonitor van CBS en RIVM',
		'Leefstijlmonitor du CBS et du RIVM',
		'CBS/RIVM Lifestyle Monitor'
	],
	'PHQ-9': ['PHQ-9', 'PHQ-9', 'PHQ-9'],
	'GAD-7': ['GAD-7', 'GAD-7', 'GAD-7'],
	'GAD-7 and PHQ-9': ['GAD-7 en PHQ-9', 'GAD-7 et PHQ-9', 'GAD-7 and PHQ-9'],
	'SCL-90-R (depression subscale)': [
		'SCL-90-R (subschaal depressie)',
		'SCL-90-R (sous-échelle dépression)',
		'SCL-90-R (depression subscale)'
	],
	'SCL-90-R (anxiety subscale)': [
		'SCL-90-R (subschaal angst)',
		'SCL-90-R (sous-échelle anxiété)',
		'SCL-90-R (anxiety subscale)'
	],
	'GHQ-12': ['GHQ-12', 'GHQ-12', 'GHQ-12'],
	'HIS chronic conditions checklist': [
		'lijst van chronische aandoeningen van de Gezondheidsenquête',
		'liste des affections chroniques de l’Enquête de santé',
		'Health Interview Survey checklist of chronic conditions'
	],
	'life satisfaction question (0-10)': [
		'vraag naar levenstevredenheid (0-10)',
		'question sur la satisfaction de vie (0-10)',
		'life satisfaction question (0-10)'
	],
	'SF-36 vitality scale': ['SF-36, schaal vitaliteit', 'SF-36, échelle de vitalité', 'SF-36 vitality scale'],
	'life satisfaction question': [
		'vraag naar levenstevredenheid',
		'question sur la satisfaction de vie',
		'life satisfaction question'
	],
	'self-rated mental health question': [
		'vraag naar de eigen inschatting van de geestelijke gezondheid',
		'question sur la santé mentale perçue',
		'self-rated mental health question'
	],
	'HIS medicine use questions': [
		'vragen over geneesmiddelengebruik in de Gezondheidsenquête',
		'questions sur la consommation de médicaments de l’Enquête de santé',
		'Health Interview Survey questions on medicine use'
	],
	'HIS medicine use module': [
		'module geneesmiddelengebruik van de Gezondheidsenquête',
		'module consommation de médicaments de l’Enquête de santé',
		'Health Interview Survey module on medicine use'
	],
	'HIS suicidal behaviour questions': [
		'vragen over suïcidaal gedrag in de Gezondheidsenquête',
		'questions sur les comportements suicidaires de l’Enquête de santé',
		'Health Interview Survey questions on suicidal behaviour'
	],
	'suicidal behaviour questions (online)': [
		'vragen over suïcidaal gedrag (online)',
		'questions sur les comportements suicidaires (en ligne)',
		'questions on suicidal behaviour (online)'
	],
	'mediation analysis (Hautekiet et al. 2022)': [
		'mediatieanalyse (Hautekiet e.a. 2022)',
		'analyse de médiation (Hautekiet et al. 2022)',
		'mediation analysis (Hautekiet et al. 2022)'
	]
};

// Label fixes (docs/data-review.md): a label never says more than its quotes.
const relabel = {
	pa_30min_day_ipaq: [
		'Minstens 30 minuten per dag bewegen (IPAQ)',
		'Au moins 30 minutes d’activité physique par jour (IPAQ)',
		'At least 30 minutes of physical activity a day (IPAQ)'
	],
	youth_pa_guideline_fcs: [
		'Kinderen en jongeren die voldoende bewegen',
		'Enfants et adolescents suffisamment actifs',
		'Children and adolescents with sufficient physical activity'
	],
	silc_sport_weekly: [
		'Minstens één keer per week sporten (EU-SILC)',
		'Faire du sport au moins une fois par semaine (EU-SILC)',
		'Doing sport at least once a week (EU-SILC)'
	],
	major_depressive_disorder_phq9: [
		'Ernstige depressieve stoornis (PHQ-9)',
		'Trouble dépressif grave (PHQ-9)',
		'Severe depressive disorder (PHQ-9)'
	],
	suicidal_ideation_lifetime: [
		'Ooit aan zelfmoord gedacht',
		'Avoir déjà pensé au suicide',
		'Ever thought about suicide'
	]
};
const redefine = {
	suicidal_ideation_lifetime: [
		'Aandeel personen van 15 jaar en ouder dat ooit in zijn leven aan zelfmoord heeft gedacht, Gezondheidsenquête 2004, 2013 en 2018. De enquête vraagt of men er ooit ernstig aan gedacht heeft; niet elke bron vermeldt dat woord.',
		'Part des personnes de 15 ans et plus ayant déjà pensé au suicide au cours de leur vie, Enquête de santé 2004, 2013 et 2018. L’enquête demande si l’on y a déjà sérieusement pensé ; toutes les sources ne reprennent pas ce mot.',
		'Share of people aged 15 and over who have ever thought about suicide in their life, Health Interview Survey 2004, 2013 and 2018. The survey asks whether people have ever seriously considered it; not every source repeats that word.'
	],
	life_satisfaction_low: [
		'Aandeel volwassenen (18+) met een lage tevredenheid met hun leven (categorie "laag", score lager dan 6), Gezondheidsenquête 2018, Vlaanderen.',
		'Part des adultes (18+) peu satisfaits de leur vie (catégorie « faible », score inférieur à 6), Enquête de santé 2018, Flandre.',
		'Share of adults (18+) with low satisfaction with their life (category "low", score below 6), Health Interview Survey 2018, Flanders.'
	],
	life_satisfaction_high: [
		'Aandeel volwassenen (18+) met een hoge tevredenheid met hun leven (categorie "hoog"), Gezondheidsenquête 2018, Vlaanderen.',
		'Part des adultes (18+) dont la satisfaction de vie est élevée (catégorie « élevée »), Enquête de santé 2018, Flandre.',
		'Share of adults (18+) with high satisfaction with their life (category "high"), Health Interview Survey 2018, Flanders.'
	]
};
const newIndicators = [
	{
		id: 'pa_active_adults_levif',
		from: 'pa_aerobic_who_ehispaq',
		series: '',
		label: [
			'Volwassenen die ‘actief’ genoemd worden (Le Vif, per gewest)',
			'Adultes dits « actifs » (Le Vif, par région)',
			'Adults described as “active” (Le Vif, by region)'
		],
		definition: [
			'Aandeel "actieve volwassenen" per gewest, Gezondheidsenquête 2023, zoals Le Vif het meldt. Het artikel gaat over de WHO-aanbeveling voor beweging, maar de geciteerde zin zegt alleen "actief"; Sciensano heeft deze cijfers per gewest zelf nog niet gepubliceerd.',
			'Part des « adultes actifs » par région, Enquête de santé 2023, telle que rapportée par Le Vif. L’article porte sur la recommandation de l’OMS en activité physique, mais la phrase citée dit seulement « actifs » ; Sciensano n’a pas encore publié ces chiffres régionaux lui-même.',
			'Share of "active adults" by region, Health Interview Survey 2023, as reported by Le Vif. The article is about the WHO physical activity recommendation, but the quoted sentence says only "active"; Sciensano has not yet published these regional figures itself.'
		]
	},
	{
		id: 'life_satisfaction_very_dissatisfied',
		from: 'life_satisfaction_low',
		series: '',
		label: [
			'Erg ontevreden over het eigen leven',
			'Très insatisfaits de leur vie',
			'Very dissatisfied with their life'
		],
		definition: [
			'Aandeel personen van 15 jaar en ouder dat erg ontevreden is over zijn leven, Gezondheidsenquête 2018, België. Een andere categorie dan de "lage" tevredenheid van de Vlaamse cijfers.',
			'Part des personnes de 15 ans et plus très insatisfaites de leur vie, Enquête de santé 2018, Belgique. Une autre catégorie que la satisfaction « faible » des chiffres flamands.',
			'Share of people aged 15 and over who are very dissatisfied with their life, Health Interview Survey 2018, Belgium. A different category from the "low" satisfaction of the Flemish figures.'
		]
	},
	{
		id: 'life_satisfaction_very_satisfied',
		from: 'life_satisfaction_high',
		series: '',
		label: ['Zeer tevreden over het eigen leven', 'Très satisfaits de leur vie', 'Very satisfied with their life'],
		definition: [
			'Aandeel personen van 15 jaar en ouder dat zegt zeer tevreden te zijn over zijn huidige leven, per gewest, Gezondheidsenquête 2018 (gemeld door Le Vif). Een andere categorie dan de "hoge" tevredenheid van de Vlaamse cijfers.',
			'Part des personnes de 15 ans et plus qui se disent très satisfaites de leur vie actuelle, par région, Enquête de santé 2018 (rapporté par Le Vif). Une autre catégorie que la satisfaction « élevée » des chiffres flamands.',
			'Share of people aged 15 and over who say they are very satisfied with their current life, by region, Health Interview Survey 2018 (reported by Le Vif). A different category from the "high" satisfaction of the Flemish figures.'
		]
	}
];

function migrateIndicators() {
	const f = path.join(dir, 'indicators.csv');
	const [head, ...rows] = read(f);
	if (head.includes('population_nl')) return;
	const col = (name) => head.indexOf(name);
	const out = [];
	for (const r of rows) {
		const o = Object.fromEntries(head.map((h, i) => [h, r[i] ?? '']));
		const pop = population[o.population] ?? [o.population, o.population, o.population];
		const ins = instrument[o.instrument];
		if (!ins) throw new Error(`no translation for instrument "${o.instrument}"`);
		if (!population[o.population]) console.warn(`population "${o.population}" kept as is`);
		const lab = relabel[o.id];
		if (lab) [o.label_nl, o.label_fr, o.label_en] = lab;
		const def = redefine[o.id];
		if (def) [o.definition_nl, o.definition_fr, o.definition_en] = def;
		Object.assign(o, { population_nl: pop[0], population_fr: pop[1], population_en: pop[2] });
		Object.assign(o, { instrument_nl: ins[0], instrument_fr: ins[1], instrument_en: ins[2] });
		out.push(o);
		for (const n of newIndicators.filter((x) => x.from === o.id && real)) {
			out.push({
				...o,
				id: n.id,
				series: n.series,
				label_nl: n.label[0],
				label_fr: n.label[1],
				label_en: n.label[2],
				definition_nl: n.definition[0],
				definition_fr: n.definition[1],
				definition_en: n.definition[2],
				...(n.id === 'pa_active_adults_levif'
					? { instrument_nl: 'niet vermeld', instrument_fr: 'non indiqué', instrument_en: 'not stated' }
					: {})
			});
		}
	}
	void col;
	const cols = [
		'id',
		'topic',
		'unit',
		'population_nl',
		'population_fr',
		'population_en',
		'geography',
		'instrument_nl',
		'instrument_fr',
		'instrument_en',
		'label_nl',
		'label_fr',
		'label_en',
		'definition_nl',
		'definition_fr',
		'definition_en',
		'decimals',
		'higher_is_better',
		'series'
	];
	write(f, [cols, ...out.map((o) => cols.map((c) => o[c] ?? ''))]);
}

// ---------------------------------------------------------------- sources: lang, annotation
// [title without annotation, lang, publisher without annotation, annotation nl, fr, en]
const press = (d) => [`persbericht, ${d[0]}`, `communiqué de presse, ${d[1]}`, `press release, ${d[2]}`];
const news = (d) => [`nieuwsartikel, ${d[0]}`, `article de presse, ${d[1]}`, `news article, ${d[2]}`];
const copyOn = (site) => [`kopie op ${site}`, `copie sur ${site}`, `copy on ${site}`];
const eurostatCopy = [
	'kopie van het Eurostat-bestand, bewaard door een derde (Google Data Commons); downloaddatum onbekend',
	'copie du fichier d’Eurostat conservée par un tiers (Google Data Commons) ; date de téléchargement inconnue',
	'copy of the Eurostat file kept by a third party (Google Data Commons); download date unknown'
];
const statusReport = ['Health Status Report', 'Health Status Report', 'Health Status Report'];
const topicPage = ['themapagina', 'page thématique', 'health topic page'];
const sourceFix = {
	sciensano_his2023_press_nl: [
		'Nationale gezondheidsenquête: we roken minder en bewegen meer, maar kijken véél naar schermen',
		'nl',
		null,
		press(['10 juli 2025', '10 juillet 2025', '10 July 2025'])
	],
	healthybelgium_physical_activity: ['Physical activity', 'en', null, statusReport],
	sciensano_physical_exercise: [
		'Physical exercise',
		'en',
		null,
		[
			...topicPage.map(
				(t, i) =>
					`${t}, ${['cijfers van de Gezondheidsenquête 2013', 'chiffres de l’Enquête de santé 2013', 'Health Interview Survey 2013 figures'][i]}`
			)
		]
	],
	factsheet_be_2015_1library: [
		'Belgium Physical Activity Factsheet',
		'en',
		'WHO Regional Office for Europe and European Commission',
		copyOn('1library.net')
	],
	lalibre_covid_2020: [null, 'fr'],
	vrt_covid_lifestyle_2020: [
		'Een kilootje meer en een glaasje minder: de lichamelijke gevolgen',
		'nl',
		null,
		[
			'over de COVID-19-gezondheidsenquête van april 2020',
			'sur l’enquête de santé COVID-19 d’avril 2020',
			'on the COVID-19 Health Survey of April 2020'
		]
	],
	levif_his2023_sport_2025: [null, 'fr'],
	nutriweb_his2008: [null, 'nl'],
	gezondleven_beweegt_de_vlaming: [
		'Beweegt de Vlaming genoeg?',
		'nl',
		null,
		['Gezondheidsenquête 2018, Vlaanderen', 'Enquête de santé 2018, Flandre', 'Health Interview Survey 2018, Flanders']
	],
	hbvl_preventiebarometer_2023: [
		'Preventiebarometer 2022: beweging en sedentair gedrag',
		'nl',
		null,
		news(['29 maart 2023', '29 mars 2023', '29 March 2023'])
	],
	sciensano_fcs_youth_2024: [
		'Youth in Belgium meets guidelines for physical behaviour less and less',
		'en',
		null,
		press(['5 december 2024', '5 décembre 2024', '5 December 2024'])
	],
	sciensano_sedentary_behaviour: [
		'Sedentary behaviour',
		'en',
		null,
		[
			...topicPage.map(
				(t, i) =>
					`${t}, ${['cijfer van de Gezondheidsenquête 2018', 'chiffre de l’Enquête de santé 2018', 'Health Interview Survey 2018 figure'][i]}`
			)
		]
	],
	eurostat_hlth_ehis_pe2e_copy: ['Eurostat table HLTH_EHIS_PE2E (bulk download)', 'en', 'Eurostat', eurostatCopy],
	eurostat_hlth_ehis_pe9e_copy: ['Eurostat table HLTH_EHIS_PE9E (bulk download)', 'en', 'Eurostat', eurostatCopy],
	hbvl_guthold_2018: [null, 'nl'],
	ec_malta_seb525_2022: [null, 'en'],
	europeansources_seb525_2022: [
		'Sport and physical activity',
		'en',
		null,
		[
			'fiche over Speciale Eurobarometer 525',
			'notice sur l’Eurobaromètre spécial 525',
			'record of Special Eurobarometer 525'
		]
	],
	eurodesk_seb525_2022: [null, 'en'],
	dailynewsday_seb525_2022: [
		'45% of Europeans never exercise',
		'en',
		null,
		['overgenomen tekst van DW/EFE', 'texte repris de DW/EFE', 'repost of a DW/EFE text']
	],
	hln_seb472_2018: [null, 'nl'],
	standaard_seb412_2014: [null, 'nl'],
	vrt_seb412_2014: [null, 'nl'],
	statbel_silc_sport: [
		'Plus de la moitié des Belges font du sport au moins une fois par semaine',
		'fr',
		null,
		['EU-SILC', 'EU-SILC', 'EU-SILC']
	],
	oecd_hag_europe_2022: [null, 'en'],
	eurostat_news_2017_03_02: [
		'How much do Europeans exercise?',
		'en',
		null,
		['nieuwsbericht van Eurostat, 2 maart 2017', 'actualité d’Eurostat, 2 mars 2017', 'Eurostat news, 2 March 2017']
	],
	imperial_strain_2024: [
		'Strain T et al. National, regional, and global trends in insufficient physical activity among adults from 2000 to 2022. Lancet Glob Health 2024;12:e1232-43',
		'en',
		null,
		['referentie en samenvatting', 'référence et résumé', 'citation and abstract']
	],
	etvbharat_who_2024: [null, 'en'],
	factsheet_be_2015_vdocuments: [
		'Belgium Physical Activity Factsheet',
		'en',
		'WHO Regional Office for Europe and European Commission',
		copyOn('vdocuments.us')
	],
	knack_bov_2019: [null, 'nl'],
	cdenv_bov_2019: [
		'Al 4000 mensen kregen beweging voorgeschreven door huisarts',
		'nl',
		null,
		[
			'antwoord van de Vlaamse minister van Volksgezondheid, geciteerd',
			'réponse de la ministre flamande de la Santé, citée',
			'answer of the Flemish health minister, quoted'
		]
	],
	despecialist_bov_2019: [null, 'nl'],
	artsenkrant_bov: [null, 'nl'],
	wgccaleido_bov: [
		'Bewegen op Verwijzing',
		'nl',
		null,
		['geschiedenis van het pilootproject', 'historique du projet pilote', 'history of the pilot project']
	],
	leefstijlclub_2012: [
		'Weten is nog geen willen en doen',
		'nl',
		null,
		['citeert Ooijendijk e.a. 2007', 'cite Ooijendijk et al. 2007', 'quoting Ooijendijk et al. 2007']
	],
	blikopnieuws_cbs_2023: [
		'Ruim 4 op de 10 volwassenen bewegen voldoende',
		'nl',
		null,
		['persbericht van het CBS', 'communiqué du CBS', 'CBS press text']
	],
	healthybelgium_anxiety_depression: ['Anxiety and depression', 'en', null, statusReport],
	genderstat_sante_mentale: [null, 'fr'],
	statvl_psychische_stoornissen: [null, 'nl'],
	veerkracht_angst_depressie: [
		'Dashboard Vlaamse Veerkracht: Angst en depressie',
		'nl',
		null,
		['gegevens van Sciensano', 'données de Sciensano', 'data from Sciensano']
	],
	aimima_antidepresseurs: [
		'Antidépresseurs : consommation',
		'fr',
		null,
		['citeert de Gezondheidsenquête 2018', 'cite l’Enquête de santé 2018', 'quoting the Health Interview Survey 2018']
	],
	bulletin_his2023_2025: [null, 'en'],
	rtbf_covid1_2020: [null, 'fr'],
	levif_covid4_2020: [
		'Les mesures d’hygiène et de distanciation sociale moins respectées',
		'fr',
		null,
		['Belga', 'Belga', 'Belga']
	],
	demorgen_covid7_2021: [null, 'nl'],
	brusselstimes_covid7_2021: [null, 'en'],
	sciensano_belhealth_press_2023: [
		'De geestelijke gezondheid na corona: eerste conclusies van de BELHEALTH-studie',
		'nl',
		null,
		press(['9 februari 2023', '9 février 2023', '9 February 2023'])
	],
	rtbf_covid10_2022: [null, 'fr'],
	worldexplorer_his2004: [
		'Eén Belg op vier heeft psychologisch probleem(pje)',
		'nl',
		null,
		[
			'resultaten van de Gezondheidsenquête 2004',
			'résultats de l’Enquête de santé 2004',
			'Health Interview Survey 2004 results'
		]
	],
	lameuse_2017: [null, 'fr'],
	bulletin_his2013_2014: [null, 'en'],
	statvl_psychische_klachten: [null, 'nl'],
	lesoir_2017: [null, 'fr'],
	dhnet_his2013_2014: [
		'Les troubles psychologiques et émotionnels en forte hausse en Belgique',
		'fr',
		null,
		['Belga', 'Belga', 'Belga']
	],
	indicators_be_g03_dep: [
		'Depressie',
		'nl',
		null,
		[
			'duurzame-ontwikkelingsindicator, berekend uit de Gezondheidsenquête',
			'indicateur de développement durable, calculé à partir de l’Enquête de santé',
			'sustainable development indicator, computed from the Health Interview Survey'
		]
	],
	indicators_be_bgd_hea_dep: [
		'Depressie',
		'nl',
		null,
		[
			'versie van 2018, berekend uit de Gezondheidsenquête',
			'version de 2018, calculée à partir de l’Enquête de santé',
			'2018 version, computed from the Health Interview Survey'
		]
	],
	sciensano_his2018_mental_press_2020: [
		'Meer dan 1 persoon op 10 lijdt aan een psychische stoornis',
		'nl',
		null,
		press(['28 januari 2020', '28 janvier 2020', '28 January 2020'])
	],
	levif_his2018_malaise_2020: [null, 'fr'],
	veerkracht_levenstevredenheid: [
		'Dashboard Vlaamse Veerkracht: Levenstevredenheid',
		'nl',
		null,
		['gegevens van Sciensano', 'données de Sciensano', 'data from Sciensano']
	],
	nieuwsblad_covid9_2022: [
		'Levenstevredenheid in de COVID-19-gezondheidsenquête van december 2021',
		'nl',
		null,
		news(['13 januari 2022', '13 janvier 2022', '13 January 2022'])
	],
	lm_preventiebarometer_2023: [null, 'nl'],
	eetexpert_preventiebarometer_2023: [null, 'nl'],
	healthybelgium_psychotropic_medicines: ['Psychotropic medicines', 'en', null, statusReport],
	journaldumedecin_antidepresseurs: [null, 'fr'],
	sciencefrfam_his2013: [
		'Santé mentale dans l’Enquête de santé 2013',
		'fr',
		'science.frfam.com',
		[
			'nieuwsaggregator, automatisch vertaalde pagina',
			'agrégateur de nouvelles, page traduite automatiquement',
			'news aggregator, machine-translated page'
		]
	],
	healthybelgium_suicidal_behaviour: ['Suicidal behaviour', 'en', null, statusReport],
	educasante_his2018_2020: [null, 'fr'],
	brusselstimes_his2023_2025: [null, 'en'],
	medipodcast_suicide_2023: [null, 'fr'],
	healthybelgium_inequalities_mental_health: ['Inequalities in mental health', 'en', null, statusReport],
	hautekiet_2022_environ_health: [null, 'en']
};
// Titles whose own wording was English in the stored source but that the team described in
// English (nieuwsblad, sciencefrfam) get a title in the source's language above.

function migrateSources() {
	const f = path.join(dir, 'sources.csv');
	const [head, ...rows] = read(f);
	if (head.includes('lang')) return;
	const cols = [
		'id',
		'title',
		'lang',
		'publisher',
		'annotation_nl',
		'annotation_fr',
		'annotation_en',
		'year',
		'url',
		'licence',
		'kind',
		'citation'
	];
	const out = rows.map((r) => {
		const o = Object.fromEntries(head.map((h, i) => [h, r[i] ?? '']));
		const fix = sourceFix[o.id];
		const guessed = /[éèàç]|\b(de|het|een|van)\b/.test(o.title)
			? /[éèàç]|\b(des|les|la|le)\b/.test(o.title)
				? 'fr'
				: 'nl'
			: 'en';
		const [title, lang, publisher, ann] = fix ?? [null, guessed];
		if (!fix) console.warn(`source ${o.id}: lang guessed ${guessed}`);
		o.title = title ?? o.title;
		o.lang = lang;
		o.publisher = (publisher ?? o.publisher).replace(/ \(copy[^)]*\)$/, '');
		[o.annotation_nl, o.annotation_fr, o.annotation_en] = ann ?? ['', '', ''];
		return cols.map((c) => o[c] ?? '');
	});
	write(f, [cols, ...out]);
}

// ---------------------------------------------------------------- dimensions: new flags and groups
const newDimensions = [
	['flag', 'inferred_table_cell', '', '13', 'Tabelcel afgeleid', 'Cellule de tableau déduite', 'Table cell inferred'],
	[
		'flag',
		'measure_from_context',
		'',
		'14',
		'Maatstaf uit de context',
		'Mesure tirée du contexte',
		'Measure taken from the context'
	],
	['group', 'boys', 'sex', '4', 'Jongens', 'Garçons', 'Boys'],
	['group', 'girls', 'sex', '5', 'Meisjes', 'Filles', 'Girls'],
	[
		'group',
		'male_age_not_stated',
		'sex_age',
		'3',
		'Mannen (leeftijd niet vermeld in de bron)',
		'Hommes (âge non indiqué dans la source)',
		'Men (age not stated in the source)'
	]
];
function migrateDimensions() {
	const f = path.join(dir, 'dimensions.csv');
	const rows = read(f);
	const has = new Set(rows.map((r) => `${r[0]}/${r[2]}/${r[1]}`));
	for (const d of newDimensions) {
		const parentKnown = d[2] === '' || rows.some((r) => r[0] === 'breakdown' && r[1] === d[2]);
		if (parentKnown && !has.has(`${d[0]}/${d[2]}/${d[1]}`)) rows.push(d);
	}
	write(f, rows);
}

// ---------------------------------------------------------------- observations: notes, context, fixes
const T = (nl, fr, en) => ({ nl, fr, en });
const N = {
	secondary: T(
		'Gemeld door een krant, een website of een kopie van het rapport, niet door de uitgever van de enquête zelf.',
		'Chiffre rapporté par un journal, un site web ou une copie du rapport, et non par l’éditeur de l’enquête lui-même.',
		'Reported by a newspaper, a website or a copy of the report, not by the survey’s publisher itself.'
	),
	online: T(
		'Online-enquête waaraan iedereen kon deelnemen die dat wilde: niet vergelijkbaar met de Gezondheidsenquête met interviews aan huis, daarom verbindt de site ze nooit met één lijn.',
		'Enquête en ligne ouverte à toute personne qui le souhaitait : elle n’est pas comparable avec l’Enquête de santé par interview à domicile, c’est pourquoi le site ne les relie jamais par une ligne.',
		'Online survey open to anyone who wished to take part: not comparable with the Health Interview Survey’s home interviews, so the site never joins the two with a line.'
	),
	pb: T(
		'Preventiebarometer: een andere enquête (alleen Vlaanderen, volwassenen) dan de Gezondheidsenquête, dus worden de twee niet als trend getoond.',
		'Preventiebarometer : une autre enquête (Flandre uniquement, adultes) que l’Enquête de santé ; les deux ne sont donc pas présentées comme une tendance.',
		'Preventiebarometer: a different survey (Flanders only, adults) from the Health Interview Survey, so the two are not shown as a trend.'
	),
	context: T(
		'De geciteerde zin noemt niet wat het cijfer meet; dat blijkt uit de zinnen eromheen in de bron.',
		'La phrase citée ne dit pas ce que mesure le chiffre ; cela ressort des phrases qui l’entourent dans la source.',
		'The quoted sentence does not say what the figure measures; that comes from the sentences around it in the source.'
	),
	tableCell: T(
		'De bronpagina plakt de cellen van de tabel aan elkaar; het jaar van elk cijfer is afgeleid uit zijn plaats onder de kolomkoppen die bij het citaat staan.',
		'La page source colle les cellules du tableau ; l’année de chaque chiffre est déduite de sa place sous les en-têtes de colonnes indiqués avec la citation.',
		'The source page runs the table cells together; the year of each number is read from its place under the column headers shown with the quote.'
	),
	eurostatColumns: T(
		'Het eerste getal na de codes is de kolom 2019, het tweede de kolom 2014.',
		'Le premier nombre après les codes est la colonne 2019, le second la colonne 2014.',
		'The first number after the codes is the 2019 column, the second the 2014 column.'
	),
	respectively: T(
		'Het citaat geeft de twee cijfers "respectievelijk" zonder ze opnieuw te noemen; welk cijfer angst en welk depressie is, volgt uit de volgorde van de zin.',
		'La citation donne les deux chiffres « respectivement » sans les nommer à nouveau ; lequel concerne l’anxiété et lequel la dépression découle de l’ordre de la phrase.',
		'The quote gives the two figures "respectively" without naming them again; which one is anxiety and which depression follows from the order of the sentence.'
	),
	age15: T(
		'De bron geeft geen leeftijdsbasis; 15 jaar en ouder, de basis van deze module van de enquête, is aangenomen.',
		'La source ne donne pas de base d’âge ; on suppose 15 ans et plus, la base de ce module de l’enquête.',
		'The source gives no age base; ages 15 and over, the base of this part of the survey, is assumed.'
	),
	sameCell15: T(
		'Dezelfde cel voor 15 jaar en ouder; de site toont het cijfer voor 18 jaar en ouder.',
		'Même cellule pour les 15 ans et plus ; le site affiche le chiffre des 18 ans et plus.',
		'The same cell for ages 15 and over; the site shows the figure for ages 18 and over.'
	),
	secondReport: T(
		'Hetzelfde cijfer als op een andere pagina van de uitgever, die de site toont; hier bewaard als tweede vermelding.',
		'Même chiffre que sur une autre page de l’éditeur, celle que le site affiche ; conservé ici comme seconde mention.',
		'The same figure as on another page of the publisher, which the site shows; kept here as a second report.'
	),
	ageUnnamed: T(
		'De bron noemt de leeftijdsgroep niet.',
		'La source ne nomme pas le groupe d’âge.',
		'The source does not name the age group.'
	),
	levif2023: T(
		'Alleen gemeld door Le Vif; Sciensano heeft dit cijfer zelf nog niet gepubliceerd. Of de definitie van 2023 dezelfde is als die van 2018, is niet bevestigd; de leeftijdsbasis 18+ is aangenomen.',
		'Rapporté uniquement par Le Vif ; Sciensano n’a pas encore publié ce chiffre lui-même. Que la définition de 2023 soit celle de 2018 n’est pas confirmé ; la base d’âge 18+ est supposée.',
		'Reported only by Le Vif; Sciensano has not published this figure itself. Whether the 2023 definition is the one of 2018 is not confirmed; the age base 18+ is assumed.'
	),
	eurostatCopy: T(
		'Gelezen in een kopie van het Eurostat-bestand die een derde bewaart; de downloaddatum is onbekend en Eurostat kan het cijfer intussen herzien hebben.',
		'Lu dans une copie du fichier d’Eurostat conservée par un tiers ; la date de téléchargement est inconnue et Eurostat a pu réviser le chiffre depuis.',
		'Read from a copy of the Eurostat file kept by a third party; the download date is unknown and Eurostat may have revised the figure since.'
	)
};
const j = (...parts) => T(...['nl', 'fr', 'en'].map((l) => parts.map((p) => p[l]).join(' ')));

/** Reader note for a row, from its old (maintainer) note and flags. */
function readerNote(note, flags, o) {
	const has = (f) => flags.includes(f);
	const rules = [
		[/^Reported by a secondary source/, () => N.secondary],
		// test fixtures
		[
			/^The 2023 quote says leisure time only\.$/,
			() =>
				T(
					'Het citaat over 2023 spreekt alleen van vrije tijd.',
					'La citation sur 2023 ne parle que du temps libre.',
					'The 2023 quote says leisure time only.'
				)
		],
		[
			/^Reported by Le Vif only\.$/,
			() => T('Alleen gemeld door Le Vif.', 'Rapporté uniquement par Le Vif.', 'Reported by Le Vif only.')
		],
		[
			/^Base probably only the insufficiently active/,
			() =>
				T(
					'De bron telt waarschijnlijk alleen de volwassenen die te weinig bewegen; ze zegt dat niet uitdrukkelijk.',
					'La source ne compte probablement que les adultes qui ne bougent pas assez ; elle ne le précise pas.',
					'The source probably counts only the adults who move too little; it does not say so.'
				)
		],
		[
			/crosswalk D13/,
			() =>
				j(
					N.secondary,
					T(
						'De geciteerde tekst zegt niet of deze schatting voor leeftijd gestandaardiseerd is; de gepubliceerde schattingen van het model zijn dat wel. Een VRT-artikel van dezelfde dag geeft het omgekeerde verschil tussen mannen en vrouwen.',
						'Le texte cité ne dit pas si cette estimation est standardisée pour l’âge ; les estimations publiées du modèle le sont. Un article de la VRT du même jour donne la différence inverse entre hommes et femmes.',
						'The quoted text does not say whether this estimate is age-standardised; the model’s published estimates are. A VRT article of the same day gives the opposite difference between men and women.'
					)
				)
		],
		[
			/^Standardisation not stated/,
			() =>
				j(
					N.secondary,
					T(
						'De geciteerde tekst zegt niet of deze schatting voor leeftijd gestandaardiseerd is; de gepubliceerde schattingen van het model zijn dat wel.',
						'Le texte cité ne dit pas si cette estimation est standardisée pour l’âge ; les estimations publiées du modèle le sont.',
						'The quoted text does not say whether this estimate is age-standardised; the model’s published estimates are.'
					)
				)
		],
		[
			/of which 30 is the rounded copy/,
			() =>
				T(
					'Afgeronde versie van het cijfer uit het persbericht van Sciensano, dat de site toont; hier bewaard als tweede vermelding.',
					'Version arrondie du chiffre du communiqué de presse de Sciensano, que le site affiche ; conservée ici comme seconde mention.',
					'Rounded copy of the figure in Sciensano’s press release, which the site shows; kept here as a second report.'
				)
		],
		[
			/^Duplicate of physical_activity\.csv:\d+ \(preferred\), same healthybelgium sentence.*Age group not named/,
			() => j(N.secondReport, N.ageUnnamed)
		],
		[/^Duplicate of physical_activity\.csv:\d+ \(preferred\), same healthybelgium sentence/, () => N.secondReport],
		[
			/^The shared label says "at least once a week"/,
			() =>
				j(
					N.secondary,
					T(
						'In de Eurobarometer betekent "met enige regelmaat" 1 tot 4 keer per week; deze waarden passen niet bij een aandeel mensen dat minstens één keer per week sport.',
						'Dans l’Eurobaromètre, « avec une certaine régularité » signifie 1 à 4 fois par semaine ; ces valeurs ne correspondent pas à la part des personnes qui font du sport au moins une fois par semaine.',
						'In the Eurobarometer, "with some regularity" means 1 to 4 times a week; these values do not fit a share of people who exercise at least once a week.'
					)
				)
		],
		[
			/^From the lowest-confidence repost/,
			() =>
				T(
					'Alleen gevonden in een overgenomen tekst op een weinig betrouwbare nieuwssite; nog niet nagekeken in het rapport van de Eurobarometer.',
					'Trouvé uniquement dans un texte repris sur un site d’information peu fiable ; pas encore vérifié dans le rapport de l’Eurobaromètre.',
					'Found only in a repost on a news website of little reliability; not yet checked against the Eurobarometer report.'
				)
		],
		[/^Id eb_sitting_over_8_5h merged/, () => N.secondary],
		[
			/^Id eb_sitting_max_2_5h merged/,
			() =>
				j(
					N.secondary,
					T(
						'Het Belgische aandeel staat er alleen in woorden ("evenveel"); daarom staat hier alleen het Europese cijfer.',
						'La part belge n’est donnée qu’en mots (« autant ») ; seul le chiffre européen est donc repris ici.',
						'The Belgian share is given only in words ("as many"), so only the European figure is here.'
					)
				)
		],
		[
			/^Year 2022 taken from a secondary page/,
			() =>
				T(
					'Het jaar 2022 komt van een andere website; de pagina van Statbel vermeldt geen jaar.',
					'L’année 2022 provient d’un autre site ; la page de Statbel n’indique pas l’année.',
					'The year 2022 comes from another website; Statbel’s page does not give the year.'
				)
		],
		[
			/^OECD average across EU countries/,
			() =>
				T(
					'OESO-gemiddelde van de EU-landen, waarschijnlijk niet gewogen naar bevolking; niet hetzelfde als het EU-cijfer van Eurostat.',
					'Moyenne de l’OCDE des pays de l’UE, probablement non pondérée par la population ; ce n’est pas le chiffre UE d’Eurostat.',
					'OECD average of the EU countries, probably not weighted by population; not the same as Eurostat’s EU figure.'
				)
		],
		[
			/^Duplicate of physical_activity\.csv:21/,
			() =>
				T(
					'Hetzelfde cijfer als op de eigen pagina van Sciensano, die de site toont; deze kopie van de factsheet is bewaard als tweede vermelding.',
					'Même chiffre que sur la page de Sciensano, que le site affiche ; cette copie de la fiche est conservée comme seconde mention.',
					'The same figure as on Sciensano’s own page, which the site shows; this copy of the factsheet is kept as a second report.'
				)
		],
		[
			/^WHO\/EC factsheet read from a mirror copy/,
			() =>
				T(
					'Gelezen in een kopie van de factsheet van de WHO en de Europese Commissie op een andere website; het origineel staat op de website van de Commissie.',
					'Lu dans une copie de la fiche de l’OMS et de la Commission européenne sur un autre site ; l’original se trouve sur le site de la Commission.',
					'Read from a copy of the WHO and European Commission factsheet on another website; the original is on the Commission’s website.'
				)
		],
		[
			/^Dating inconsistent between sources/,
			() =>
				j(
					N.secondary,
					T(
						'De bronnen dateren dit aantal verschillend (2018 of 2019); het jaar is dus onzeker.',
						'Les sources datent ce nombre différemment (2018 ou 2019) ; l’année est donc incertaine.',
						'Sources date this count differently (2018 or 2019), so the year is uncertain.'
					)
				)
		],
		[
			/^Online referral letters written between/,
			() =>
				j(
					N.secondary,
					T(
						'Online opgemaakte verwijsbrieven tussen mei 2017 en eind november 2018, Vlaanderen en Brussel samen.',
						'Lettres de renvoi rédigées en ligne entre mai 2017 et fin novembre 2018, Flandre et Bruxelles ensemble.',
						'Referral letters written online between May 2017 and the end of November 2018, Flanders and Brussels together.'
					)
				)
		],
		[
			/^Numbers matched to provinces by position/,
			() =>
				j(
					N.secondary,
					T(
						'De aantallen zijn aan de provincies gekoppeld volgens hun volgorde in een tabel waarvan de cellen aan elkaar geplakt zijn; Brussel is een gewest, geen provincie. Samen komen ze niet uit op het totaal van de hele periode.',
						'Les nombres ont été attribués aux provinces selon leur ordre dans un tableau aux cellules collées ; Bruxelles est une région, pas une province. Ensemble, ils ne donnent pas le total de toute la période.',
						'The numbers were matched to the provinces by their order in a table whose cells run together; Brussels is a region, not a province. Together they do not add up to the total for the whole period.'
					)
				)
		],
		[
			/^Area given as Leuven and Mechelen/,
			() =>
				j(
					N.secondary,
					T(
						'Het gebied wordt opgegeven als Leuven en Mechelen, maar de andere cijfers over het pilootproject noemen alleen Leuven; het jaar staat er niet bij.',
						'La zone indiquée est Louvain et Malines, mais les autres chiffres du projet pilote ne citent que Louvain ; l’année n’est pas indiquée.',
						'The area is given as Leuven and Mechelen, but the other figures on the pilot project name Leuven only; the year is not stated.'
					)
				)
		],
		[
			/^Survey year unknown/,
			() =>
				j(
					N.secondary,
					T(
						'Jaar van de peiling onbekend: geciteerd in een nieuwsbericht uit 2012 over een Nederlands rapport uit 2007.',
						'Année de l’enquête inconnue : cité dans un article de 2012 sur un rapport néerlandais de 2007.',
						'Survey year unknown: quoted in a 2012 news item about a 2007 Dutch report.'
					)
				)
		],
		[/^Same cell as intentions_international\.csv:1(40|49)/, () => j(N.sameCell15, N.eurostatCopy, N.eurostatColumns)],
		[/^Read from a copy of the Eurostat bulk file/, () => j(N.eurostatCopy, N.eurostatColumns)],
		[
			/^Same Eurostat cell/,
			() =>
				j(
					T(
						'Dezelfde cel van de Eurostat-tabel als het cijfer dat de site toont; hier bewaard als tweede vermelding.',
						'Même cellule du tableau d’Eurostat que le chiffre affiché par le site ; conservée ici comme seconde mention.',
						'The same cell of the Eurostat table as the figure the site shows; kept here as a second report.'
					),
					N.eurostatCopy,
					N.eurostatColumns
				)
		],
		[
			/Meaning "aerobic and muscle-strengthening" inferred/,
			() =>
				j(
					N.eurostatCopy,
					N.eurostatColumns,
					T(
						'Dat het om aerobe én spierversterkende beweging samen gaat, is afgeleid uit de waarden.',
						'Qu’il s’agisse d’activité aérobie et de renforcement musculaire à la fois est déduit des valeurs.',
						'That this means aerobic and muscle-strengthening activity together is inferred from the values.'
					)
				)
		],
		[
			/The "twice a week" threshold of MV_MSC/,
			() =>
				j(
					N.eurostatCopy,
					N.eurostatColumns,
					T(
						'De drempel van twee keer per week is in het bewaarde bestand niet bevestigd.',
						'Le seuil de deux fois par semaine n’est pas confirmé dans le fichier conservé.',
						'The threshold of twice a week is not confirmed in the stored file.'
					)
				)
		],
		[
			/^Read from a copy of the Eurostat file in datacommonsorg/,
			() =>
				j(
					N.eurostatCopy,
					N.eurostatColumns,
					T(
						'De definitie van Eurostat (wandelen wellicht niet meegeteld) is niet bevestigd, en de waarden verschillen van die van Sciensano voor dezelfde enquête.',
						'La définition d’Eurostat (la marche n’est sans doute pas comptée) n’est pas confirmée, et les valeurs diffèrent de celles de Sciensano pour la même enquête.',
						'Eurostat’s definition (walking probably not counted) is not confirmed, and its values differ from Sciensano’s for the same survey.'
					)
				)
		],
		[/^HIS 2018 value for ages 18\+, from the chart/, () => null],
		[/^No age base given \(the Belgian totals are 18\+\)/, () => N.age15],
		[/^Age base not stated; the HIS module base 15\+ is assumed/, () => N.age15],
		[/^Same cell as mental_health\.csv:1[01]/, () => N.sameCell15],
		[/^Which value is anxiety and which is depression is inferred/, () => N.respectively],
		[
			/^Age base not stated; the HIS mental-health modules cover ages 15\+/,
			() =>
				j(
					N.secondary,
					T(
						'Leeftijdsbasis niet vermeld; de vragen over geestelijke gezondheid gaan over 15 jaar en ouder, terwijl het cijfer van 2018 waarmee vergeleken wordt over 18 jaar en ouder gaat.',
						'Base d’âge non indiquée ; les questions de santé mentale portent sur les 15 ans et plus, alors que le chiffre de 2018 auquel on le compare porte sur les 18 ans et plus.',
						'Age base not stated; the survey’s mental-health questions cover ages 15 and over, while the 2018 figure it is compared with is for ages 18 and over.'
					)
				)
		],
		[
			/Published age base not stated; the first COVID-19 survey was open from age 16/,
			() =>
				j(
					N.online,
					T(
						'De leeftijdsbasis staat er niet bij; de eerste COVID-19-enquête stond open vanaf 16 jaar.',
						'La base d’âge n’est pas indiquée ; la première enquête COVID-19 était ouverte dès 16 ans.',
						'The age base is not stated; the first COVID-19 survey was open from age 16.'
					)
				)
		],
		[/Online opt-in survey; split from \w+\. Which value/, () => j(N.online, N.respectively)],
		[
			/Online opt-in survey.*The French page gives 15% and 12%/,
			() =>
				j(
					N.online,
					T(
						'De Franstalige versie van de pagina geeft andere cijfers voor dezelfde golf; dat is niet opgehelderd.',
						'La version française de la page donne d’autres chiffres pour la même vague ; ce n’est pas résolu.',
						'The French version of the page gives other figures for the same wave; this is not resolved.'
					)
				)
		],
		[
			/Online opt-in survey.*depression higher in men/,
			() =>
				j(
					N.online,
					T(
						'De golf van november 2023 is afgeleid uit de opmaak van de pagina. Anders dan in alle andere golven is depressie hier hoger bij mannen dan bij vrouwen.',
						'La vague de novembre 2023 est déduite de la mise en page. Contrairement à toutes les autres vagues, la dépression est ici plus élevée chez les hommes que chez les femmes.',
						'The November 2023 wave is inferred from the page layout. Unlike every other wave, depression is higher among men than among women here.'
					)
				)
		],
		[
			/Online opt-in survey.*November 2023 wave assumed/,
			() =>
				j(
					N.online,
					T(
						'De golf van november 2023 is afgeleid uit de opmaak van de pagina.',
						'La vague de novembre 2023 est déduite de la mise en page.',
						'The November 2023 wave is inferred from the page layout.'
					)
				)
		],
		[
			/Online opt-in survey.*neither the measure nor the month/,
			() =>
				j(
					N.online,
					T(
						'Het citaat noemt de maatstaf noch de maand; de golf van december 2020 is afgeleid.',
						'La citation ne nomme ni la mesure ni le mois ; la vague de décembre 2020 est déduite.',
						'The quote names neither the measure nor the month; the December 2020 wave is inferred.'
					)
				)
		],
		[
			/Online opt-in survey.*neither the measure nor the category/,
			() =>
				j(
					N.online,
					T(
						'Het citaat noemt de maatstaf noch de categorie; het latere cijfer is gelijk aan 100 min het aandeel (zeer) tevreden mensen in dezelfde golf.',
						'La citation ne nomme ni la mesure ni la catégorie ; le chiffre le plus récent vaut 100 moins la part des personnes (très) satisfaites de la même vague.',
						'The quote names neither the measure nor the category; the later figure equals 100 minus the share of people (very) satisfied in the same wave.'
					)
				)
		],
		[
			/Online opt-in survey.*Press wording "ontevreden"/,
			() =>
				j(
					N.online,
					T(
						'Het persartikel zegt "ontevreden"; de categorie is niet gedefinieerd.',
						'L’article de presse dit « insatisfaits » ; la catégorie n’est pas définie.',
						'The press article says "dissatisfied"; the category is not defined.'
					)
				)
		],
		[
			/Online opt-in survey.*"chez les hommes"/,
			() =>
				j(
					N.online,
					T(
						'Het citaat zegt "bij de mannen" zonder leeftijdsgroep; het cijfer voor de vrouwen ernaast gaat over vrouwen van 18 tot 29 jaar.',
						'La citation dit « chez les hommes » sans groupe d’âge ; le chiffre des femmes à côté porte sur les femmes de 18 à 29 ans.',
						'The quote says "among men" without an age group; the figure for women beside it is for women aged 18 to 29.'
					)
				)
		],
		[/^Online opt-in/, () => N.online],
		[/^Category is "erg ontevreden"/, () => null],
		[/^Same cell as mental_health\.csv:136/, () => N.secondary],
		[
			/^"\(Très\) satisfaites" = satisfied/,
			() =>
				j(
					N.online,
					T(
						'"(Zeer) tevreden" omvat iedereen behalve de ontevredenen; het is niet de categorie "hoge tevredenheid".',
						'« (Très) satisfaites » englobe tout le monde sauf les insatisfaits ; ce n’est pas la catégorie « satisfaction élevée ».',
						'"(Very) satisfied" covers everyone except the dissatisfied; it is not the "high satisfaction" category.'
					)
				)
		],
		[/^Preventiebarometer \(Flanders only, 18\+\); split/, () => j(N.secondary, N.pb)],
		[
			/"utilisateurs fréquents"/,
			() =>
				T(
					'Van een automatisch vertaalde nieuwsaggregator die ze "frequente gebruikers" noemt; de referentieperiode staat er niet bij.',
					'Provient d’un agrégateur de nouvelles traduit automatiquement, qui parle d’« utilisateurs fréquents » ; la période de référence n’est pas indiquée.',
					'From a machine-translated news aggregator that calls them "frequent users"; the recall period is not stated.'
				)
		],
		[
			/^From a machine-translated aggregator \(science\.frfam\.com\); the wave/,
			() =>
				T(
					'Van een automatisch vertaalde nieuwsaggregator; het jaar van de enquête staat niet in het citaat, en het cijfer is gelijk aan dat van 2018. Het citaat zegt "aan zelfmoord gedacht", zonder "ernstig".',
					'Provient d’un agrégateur de nouvelles traduit automatiquement ; l’année de l’enquête ne figure pas dans la citation, et le chiffre est égal à celui de 2018. La citation dit « pensé au suicide », sans « sérieusement ».',
					'From a machine-translated news aggregator; the survey year is not in the quote, and the figure equals the 2018 one. The quote says "thought about suicide", without "seriously".'
				)
		],
		[
			/^Recall period and age base not stated; 6%/,
			() =>
				j(
					N.secondary,
					T(
						'Referentieperiode en leeftijdsbasis niet vermeld; niet te vergelijken met de cijfers van 2018 over de voorbije 12 maanden of over het hele leven.',
						'Période de référence et base d’âge non indiquées ; pas comparable aux chiffres de 2018 sur les 12 derniers mois ou sur la vie entière.',
						'Recall period and age base not stated; not comparable with the 2018 figures for the past 12 months or for the whole life.'
					)
				)
		],
		[
			/^Unit per 1,000/,
			() =>
				j(
					N.secondary,
					T(
						'De periode van 12 maanden is afgeleid uit de vergelijking met 2018; de leeftijdsbasis is aangenomen.',
						'La période de 12 mois est déduite de la comparaison avec 2018 ; la base d’âge est supposée.',
						'The 12-month period is inferred from the comparison with 2018; the age base is assumed.'
					)
				)
		],
		[
			/^Mediation share of the PM2\.5/,
			() =>
				T(
					'Het aandeel van het verband tussen fijnstof en angst dat via lichaamsbeweging zou lopen; geen vergelijking tussen actieve en inactieve mensen. Het aantal is de steekproef van de samengevoegde analyse.',
					'La part de l’association entre particules fines et anxiété qui passerait par l’activité physique ; ce n’est pas une comparaison entre personnes actives et inactives. L’effectif est l’échantillon de l’analyse regroupée.',
					'The share of the association between fine particulate matter and anxiety that may run through physical activity; not a comparison of active and inactive people. The sample size is that of the pooled analysis.'
				)
		],
		[
			/^The 2023 release says "in de vrije tijd"/,
			() =>
				T(
					'Het persbericht over 2023 spreekt van beweging "in de vrije tijd"; of verplaatsingen nog meetellen, is niet bevestigd. De leeftijdsbasis 18+ is aangenomen op basis van de definitie van 2018.',
					'Le communiqué sur 2023 parle d’activité « pendant le temps libre » ; il n’est pas confirmé que les déplacements soient encore comptés. La base d’âge 18+ est supposée d’après la définition de 2018.',
					'The release on 2023 speaks of activity "in leisure time"; whether transport still counts is not confirmed. The age base 18+ is assumed from the 2018 definition.'
				)
		],
		[/^Age group not named in the source/, () => N.ageUnnamed],
		[
			/^Base not stated: all adults or only people in work/,
			() =>
				T(
					'De bron zegt niet of het om alle volwassenen of alleen om werkenden gaat.',
					'La source ne précise pas s’il s’agit de tous les adultes ou seulement des personnes qui travaillent.',
					'The source does not say whether this is all adults or only people in work.'
				)
		],
		[
			/^Duplicate of intentions_international\.csv:11[234]/,
			() =>
				T(
					'Tweede kopie van dezelfde factsheet, met door het inscannen verknipte tekst; de site toont de nettere kopie.',
					'Deuxième copie de la même fiche, au texte morcelé par la numérisation ; le site affiche la copie plus propre.',
					'A second copy of the same factsheet, with text broken up by scanning; the site shows the cleaner copy.'
				)
		],
		[
			/^Known only from a 2020 press comparison/,
			() =>
				j(
					N.secondary,
					T(
						'Alleen bekend uit een persvergelijking met de COVID-19-enquête van 2020; een publicatie van dit cijfer uit de Gezondheidsenquête 2018 is niet gevonden. De leeftijdsbasis 18+ is aangenomen zoals in die vergelijking.',
						'Connu uniquement par une comparaison de presse avec l’enquête COVID-19 de 2020 ; aucune publication de ce chiffre de l’Enquête de santé 2018 n’a été trouvée. La base d’âge 18+ est supposée comme dans cette comparaison.',
						'Known only from a 2020 press comparison with the COVID-19 survey; no publication of this figure from the Health Interview Survey 2018 was found. The age base 18+ is assumed as in that comparison.'
					)
				)
		],
		[
			/^Online opt-in COVID-19 Health Survey during the April 2020 lockdown/,
			() =>
				j(
					N.secondary,
					T(
						'Online-enquête tijdens de lockdown van april 2020, waaraan iedereen kon deelnemen: niet vergelijkbaar met de Gezondheidsenquête van 2018, daarom verbindt de site ze niet.',
						'Enquête en ligne pendant le confinement d’avril 2020, ouverte à tous : pas comparable avec l’Enquête de santé 2018, c’est pourquoi le site ne les relie pas.',
						'Online survey during the April 2020 lockdown, open to anyone: not comparable with the Health Interview Survey 2018, so the site does not join them.'
					)
				)
		],
		[
			/^Reported only by Le Vif.*"environ 42%"/,
			() =>
				j(
					N.levif2023,
					T('De bron zegt "ongeveer 42 %".', 'La source dit « environ 42 % ».', 'The source says "about 42 %".')
				)
		],
		[/^Reported only by Le Vif/, () => N.levif2023],
		[
			/^Age base not stated for 2008/,
			() =>
				j(
					N.secondary,
					T(
						'Leeftijdsbasis niet vermeld voor 2008; 15 jaar en ouder is aangenomen, zoals in 2013.',
						'Base d’âge non indiquée pour 2008 ; on suppose 15 ans et plus, comme en 2013.',
						'Age base not stated for 2008; ages 15 and over is assumed, as in 2013.'
					)
				)
		],
		[
			/^Coded total\/total in the shared file/,
			() =>
				T(
					'De activiteitsdomeinen staan er niet bij (waarschijnlijk met werk erbij); niet te vergelijken met de WHO-indicator van Sciensano.',
					'Les domaines d’activité ne sont pas indiqués (travail probablement compris) ; pas comparable avec l’indicateur OMS de Sciensano.',
					'The activity domains are not stated (probably including work); not comparable with Sciensano’s WHO indicator.'
				)
		],
		[
			/^Activity domains not stated.*The source says adults/,
			() =>
				T(
					'De activiteitsdomeinen staan er niet bij (waarschijnlijk met werk erbij); niet te vergelijken met de WHO-indicator van Sciensano. De bron spreekt van volwassenen zonder leeftijdsgrens.',
					'Les domaines d’activité ne sont pas indiqués (travail probablement compris) ; pas comparable avec l’indicateur OMS de Sciensano. La source parle d’adultes sans tranche d’âge.',
					'The activity domains are not stated (probably including work); not comparable with Sciensano’s WHO indicator. The source says adults, without an age band.'
				)
		],
		[
			/^Activity domains not stated/,
			() =>
				T(
					'De activiteitsdomeinen staan er niet bij (waarschijnlijk met werk erbij); niet te vergelijken met de WHO-indicator van Sciensano.',
					'Les domaines d’activité ne sont pas indiqués (travail probablement compris) ; pas comparable avec l’indicateur OMS de Sciensano.',
					'The activity domains are not stated (probably including work); not comparable with Sciensano’s WHO indicator.'
				)
		],
		[
			/^The source says adults; the age band is not stated\. Purpose/,
			() =>
				T(
					'De bron spreekt van volwassenen zonder leeftijdsgrens, en zegt niet waarvoor er gefietst wordt.',
					'La source parle d’adultes sans tranche d’âge et ne dit pas dans quel but on roule à vélo.',
					'The source says adults, without an age band, and does not say what the cycling is for.'
				)
		],
		[
			/^Duplicate of intentions_international\.csv:3 \(preferred/,
			() =>
				j(
					N.secondary,
					T(
						'Hetzelfde citaat als het cijfer dat de site toont; hier bewaard als tweede vermelding.',
						'Même citation que le chiffre affiché par le site ; conservée ici comme seconde mention.',
						'The same quote as the figure the site shows; kept here as a second report.'
					)
				)
		],
		[
			/^Groups "children"\/"adolescents" mapped/,
			() =>
				T(
					'De bron zegt "kinderen" en "jongeren"; de leeftijden 3-9 en 10-17 komen uit hetzelfde persbericht. Dezelfde zin geeft voor 2022 andere cijfers dan de rest van het persbericht.',
					'La source dit « enfants » et « adolescents » ; les âges 3-9 et 10-17 viennent du même communiqué. La même phrase donne pour 2022 d’autres chiffres que le reste du communiqué.',
					'The source says "children" and "adolescents"; the ages 3-9 and 10-17 come from the same release. The same sentence gives other figures for 2022 than the rest of the release.'
				)
		],
		[
			/^Survey name HBSC inferred/,
			() =>
				T(
					'Dat het om de HBSC-studie gaat, is afgeleid; het citaat noemt de enquête niet.',
					'Il s’agit de l’étude HBSC par déduction ; la citation ne nomme pas l’enquête.',
					'That this is the HBSC study is inferred; the quote does not name the survey.'
				)
		]
	];
	if (note) {
		const rule = rules.find(([re]) => re.test(note));
		if (!rule) throw new Error(`no reader note for: ${note}`);
		const r = rule[1]();
		if (r) return r;
	}
	if (has('online_survey')) return N.online;
	if (has('secondary_source')) return N.secondary;
	void o;
	return null;
}

const contextRows = new Set([
	'physical_activity.csv:22',
	'physical_activity.csv:23',
	...[
		6, 7, 16, 17, 28, 29, 38, 39, 52, 59, 60, 61, 66, 68, 144, 149, 152, 165, 166, 167, 168, 169, 170, 177, 178, 183,
		184
	].map((l) => `mental_health.csv:${l}`),
	'intentions_international.csv:51'
]);
const headerG03 = '1997 | 2001 | 2004 | 2008 | 2013 | 2018 | 2018//1997 | 2018//2013';
const headerBgd = '1997 | 2001 | 2004 | 2008 | 2013 | … | …';
const headerPe2e = 'unit,duration,isced11,sex,age,geo\\time 2019 2014';
const headerPe9e = 'unit,physact,isced11,sex,age,geo\\time 2019 2014';

function migrateObservations(file) {
	const rows = read(file);
	const head = rows[0];
	if (head.includes('note_nl')) return;
	const iNote = head.indexOf('note');
	const iOrigin = head.includes('origin') ? head.indexOf('origin') : head.length; // a fixture lacks it
	const cols = [
		...head.slice(0, iNote),
		'note_nl',
		'note_fr',
		'note_en',
		...head.slice(iNote + 1, iOrigin),
		'quote_context',
		'maintainer_note',
		...head.slice(iOrigin)
	];
	const out = [cols];
	for (const r of rows.slice(1)) {
		const isData = r.length === head.length;
		const o = Object.fromEntries(head.map((h, i) => [h, r[i] ?? '']));
		if (!isData || !(o.origin ?? '').includes('.csv:')) {
			// A malformed fixture row: keep its cell count off by the same amount.
			out.push([
				...r.slice(0, iNote),
				r[iNote] ?? '',
				'',
				'',
				...r.slice(iNote + 1, iOrigin),
				'',
				'',
				...r.slice(iOrigin)
			]);
			continue;
		}
		let flags = o.flags ? o.flags.split(';') : [];
		const at = o.origin;
		const maintainer = [o.note];
		let quoteContext = '';
		// Label fixes (docs/data-review.md)
		if (real && ['physical_activity.csv:35', 'physical_activity.csv:36', 'physical_activity.csv:37'].includes(at)) {
			o.indicator = 'pa_active_adults_levif';
			maintainer.push('Split from pa_aerobic_who_ehispaq: the quote says only "adultes actifs" (data-review).');
		}
		if (real && at === 'mental_health.csv:131') {
			o.indicator = 'life_satisfaction_very_dissatisfied';
			flags = flags.filter((f) => f !== 'label_to_check');
			maintainer.push('Split from life_satisfaction_low (data-review).');
		}
		if (real && ['mental_health.csv:133', 'mental_health.csv:134', 'mental_health.csv:135'].includes(at)) {
			o.indicator = 'life_satisfaction_very_satisfied';
			o.preferred = 'true';
			maintainer.push(
				'Split from life_satisfaction_high: "très satisfaite" is not the Flemish "hoog" category (data-review).'
			);
		}
		if (real && at === 'mental_health.csv:202') {
			o.group = 'male_age_not_stated';
			flags = flags.filter((f) => f !== 'inferred_group');
			maintainer.push('Group was male_18-29 (inferred); recoded to what the quote says (data-review).');
		}
		if (real && o.origin === 'physical_activity.csv:60') o.group = 'boys';
		if (real && o.origin === 'physical_activity.csv:61') o.group = 'girls';
		if (real && at === 'physical_activity.csv:2') o.period = '2023-24';
		if (real && /^physical_activity\.csv:(6[3-9]|7[0-3])$/.test(at) && o.year === '2018') {
			o.year = '2019';
			maintainer.push(
				'Year set to 2019, the Eurostat column the value is read from (was 2018, the HIS fieldwork year).'
			);
		}
		if (o.source === 'indicators_be_g03_dep' || o.source === 'indicators_be_bgd_hea_dep') {
			quoteContext = o.source === 'indicators_be_g03_dep' ? headerG03 : headerBgd;
			if (!flags.includes('inferred_table_cell')) flags.push('inferred_table_cell');
		}
		if (o.source === 'eurostat_hlth_ehis_pe2e_copy') quoteContext = headerPe2e;
		if (o.source === 'eurostat_hlth_ehis_pe9e_copy') quoteContext = headerPe9e;
		if (contextRows.has(at) && !flags.includes('measure_from_context')) flags.push('measure_from_context');
		if (['mental_health.csv:28', 'mental_health.csv:29', 'mental_health.csv:38', 'mental_health.csv:39'].includes(at))
			maintainer.push(
				'Which value is anxiety and which depression follows the order of the source sentence (data-review).'
			);

		let note = readerNote(o.note, flags, o);
		const extra = [];
		if (flags.includes('inferred_table_cell')) extra.push(N.tableCell);
		if (flags.includes('measure_from_context')) extra.push(N.context);
		if (at === 'mental_health.csv:131') note = null;
		if (extra.length > 0) note = note ? j(note, ...extra) : j(...extra);
		if (flags.length === 0 && o.note && /^HIS 2018 value for ages 18\+/.test(o.note)) note = null;
		o.flags = flags.join(';');
		const m = maintainer.filter(Boolean).join(' ');
		const cells = {
			...o,
			note_nl: note?.nl ?? '',
			note_fr: note?.fr ?? '',
			note_en: note?.en ?? '',
			quote_context: quoteContext,
			maintainer_note: m
		};
		out.push(cols.map((c) => cells[c] ?? ''));
	}
	write(file, out);
}

migrateIndicators();
migrateSources();
migrateDimensions();
for (const f of fs.readdirSync(path.join(dir, 'observations')).filter((f) => f.endsWith('.csv')))
	if (fs.statSync(path.join(dir, 'observations', f)).size > 0) migrateObservations(path.join(dir, 'observations', f));
console.log(`migrated ${dir}`);
