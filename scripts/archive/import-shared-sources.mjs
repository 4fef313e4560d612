#!/usr/bin/env node
// Transcribes ../shared/data-sources/*.csv into the project's data catalogue (data/), in the shape of
// docs/data-contract.md, applying the crosswalk of ../shared/data-sources/README.md.
// Run once by hand:  node scripts/import-shared-sources.mjs   (Node 20, no dependencies)
// Values, source URLs and source quotes are copied verbatim; nothing is rounded or derived.
// Every mapping decision that is not obvious is listed in docs/data-notes.md.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '..', 'shared', 'data-sources');
const OUT = path.join(ROOT, 'data');
const FILES = ['physical_activity', 'intentions_international', 'mental_health'];
const ABBR = { physical_activity: 'PA', intentions_international: 'II', mental_health: 'MH' };

// ---------------------------------------------------------------------------------------------
// RFC 4180 CSV
// ---------------------------------------------------------------------------------------------
function parseCsv(text) {
	const rows = [];
	let row = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += c;
	}
	if (quoted) throw new Error('unterminated quoted cell');
	if (cell !== '' || row.length) {
		row.push(cell);
		rows.push(row);
	}
	const [head, ...body] = rows;
	return body.map((r, i) => {
		if (r.length !== head.length) throw new Error(`line ${i + 2}: ${r.length} cells, header has ${head.length}`);
		return { line: i + 2, ...Object.fromEntries(head.map((h, j) => [h, r[j]])) };
	});
}

function csvCell(v) {
	const s = v === undefined || v === null ? '' : String(v);
	return /[",\r\n\t]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function writeCsv(file, columns, rows) {
	const lines = [columns.join(',')];
	for (const r of rows) lines.push(columns.map((c) => csvCell(r[c])).join(','));
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, lines.join('\n') + '\n', 'utf8');
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------
const problems = [];
const fail = (msg) => problems.push(msg);
/** Expands ['PA', 3, [5, 7]] into ['PA 3', 'PA 5', 'PA 6', 'PA 7']. */
function refs(file, ...items) {
	const out = [];
	for (const it of items) {
		if (Array.isArray(it)) for (let n = it[0]; n <= it[1]; n++) out.push(`${file} ${n}`);
		else out.push(`${file} ${it}`);
	}
	return out;
}
const fileOf = (ref) =>
	({ PA: 'physical_activity.csv', II: 'intentions_international.csv', MH: 'mental_health.csv' })[ref.split(' ')[0]];
const origin = (ref) => `${fileOf(ref)}:${ref.split(' ')[1]}`;

// ---------------------------------------------------------------------------------------------
// Surveys (README §6: one code per wave; programme and model "waves" are their reference periods,
// so that (indicator, survey, region, breakdown, group, age_base) identifies one estimate)
// ---------------------------------------------------------------------------------------------
const MONTHS = {
	nl: [
		'januari',
		'februari',
		'maart',
		'april',
		'mei',
		'juni',
		'juli',
		'augustus',
		'september',
		'oktober',
		'november',
		'december'
	],
	fr: [
		'janvier',
		'février',
		'mars',
		'avril',
		'mai',
		'juin',
		'juillet',
		'août',
		'septembre',
		'octobre',
		'novembre',
		'décembre'
	],
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	]
};
const SURVEYS = new Map(); // id -> {id, family, mode, label_nl, label_fr, label_en, wave_date}
function survey(id, family, mode, nl, fr, en, waveDate = '') {
	SURVEYS.set(id, { id, family, mode, label_nl: nl, label_fr: fr, label_en: en, wave_date: waveDate });
}
for (const y of [1997, 2001, 2004, 2008, 2013, 2018, 2023]) {
	survey(
		`HIS_${y}`,
		'HIS',
		'face_to_face',
		`Gezondheidsenquête ${y}`,
		`Enquête de santé ${y}`,
		`Health Interview Survey ${y}`
	);
}
survey(
	'HIS_POOLED_2008_2018',
	'HIS',
	'face_to_face',
	'Gezondheidsenquête 2008, 2013 en 2018 (gepoold)',
	'Enquête de santé 2008, 2013 et 2018 (données regroupées)',
	'Health Interview Survey 2008, 2013 and 2018 (pooled)'
);
survey(
	'COVID_HS_1_2',
	'COVID_HS',
	'online',
	'COVID-19-gezondheidsenquête 1 en 2 (april 2020)',
	'Enquête de santé COVID-19 1 et 2 (avril 2020)',
	'COVID-19 Health Survey 1 and 2 (April 2020)',
	'2020-04'
);
for (const [n, ym] of [
	[1, '2020-04'],
	[4, '2020-09'],
	[5, '2020-12'],
	[7, '2021-06'],
	[8, '2021-10'],
	[9, '2021-12'],
	[10, '2022-03'],
	[11, '2022-06']
]) {
	const [y, m] = ym.split('-').map(Number);
	survey(
		`COVID_HS_${n}`,
		'COVID_HS',
		'online',
		`COVID-19-gezondheidsenquête ${n} (${MONTHS.nl[m - 1]} ${y})`,
		`Enquête de santé COVID-19 ${n} (${MONTHS.fr[m - 1]} ${y})`,
		`COVID-19 Health Survey ${n} (${MONTHS.en[m - 1]} ${y})`,
		ym
	);
}
for (const ym of ['2022-10', '2023-02', '2023-06', '2023-11']) {
	const [y, m] = ym.split('-').map(Number);
	survey(
		`BELHEALTH_${y}_${String(m).padStart(2, '0')}`,
		'BELHEALTH',
		'online',
		`BELHEALTH (${MONTHS.nl[m - 1]} ${y})`,
		`BELHEALTH (${MONTHS.fr[m - 1]} ${y})`,
		`BELHEALTH (${MONTHS.en[m - 1]} ${y})`,
		ym
	);
}
survey(
	'PB_2022',
	'PB',
	'mixed',
	'Preventiebarometer 2022 (Vlaanderen)',
	'Preventiebarometer 2022 (baromètre flamand de la prévention)',
	'Preventiebarometer 2022 (Flemish prevention barometer)'
);
survey(
	'FCS_2014',
	'FCS',
	'mixed',
	'Voedselconsumptiepeiling 2014-2015',
	'Enquête de consommation alimentaire 2014-2015',
	'Food Consumption Survey 2014-2015'
);
survey(
	'FCS_2022',
	'FCS',
	'mixed',
	'Voedselconsumptiepeiling 2022-2023',
	'Enquête de consommation alimentaire 2022-2023',
	'Food Consumption Survey 2022-2023'
);
survey(
	'HBSC_2018',
	'HBSC',
	'not_stated',
	'HBSC-studie 2018 (Health Behaviour in School-aged Children)',
	'Enquête HBSC 2018 (comportements de santé des jeunes d’âge scolaire)',
	'HBSC 2018 (Health Behaviour in School-aged Children)'
);
survey(
	'EHIS_W2',
	'EHIS',
	'mixed',
	'Europese gezondheidsenquête (EHIS), golf 2 (2014)',
	'Enquête européenne par interview sur la santé (EHIS), vague 2 (2014)',
	'European Health Interview Survey (EHIS), wave 2 (2014)'
);
survey(
	'EHIS_W3',
	'EHIS',
	'mixed',
	'Europese gezondheidsenquête (EHIS), golf 3 (2019)',
	'Enquête européenne par interview sur la santé (EHIS), vague 3 (2019)',
	'European Health Interview Survey (EHIS), wave 3 (2019)'
);
for (const [n, y] of [
	[334, 2009],
	[412, 2013],
	[472, 2017],
	[525, 2022]
]) {
	survey(
		`SEB_${n}`,
		'EB',
		'face_to_face',
		`Speciale Eurobarometer ${n}: sport en lichaamsbeweging (${y})`,
		`Eurobaromètre spécial ${n} : sport et activité physique (${y})`,
		`Special Eurobarometer ${n}: Sport and physical activity (${y})`
	);
}
survey(
	'SILC_2022',
	'SILC',
	'mixed',
	'EU-SILC 2022 (ad-hocmodule)',
	'EU-SILC 2022 (module ad hoc)',
	'EU-SILC 2022 (ad hoc module)'
);
survey(
	'GUTHOLD_2018',
	'WHO_MODEL',
	'model',
	'Guthold e.a., Lancet Global Health 2018 (modelschatting voor 2016)',
	'Guthold et al., Lancet Global Health 2018 (estimation modélisée pour 2016)',
	'Guthold et al., Lancet Global Health 2018 (model estimate for 2016)'
);
for (const y of [2000, 2010, 2022]) {
	survey(
		`STRAIN_2024_${y}`,
		'WHO_MODEL',
		'model',
		`Strain e.a., Lancet Global Health 2024 (modelschatting voor ${y})`,
		`Strain et al., Lancet Global Health 2024 (estimation modélisée pour ${y})`,
		`Strain et al., Lancet Global Health 2024 (model estimate for ${y})`
	);
}
survey(
	'STRAIN_2024_2030',
	'WHO_MODEL',
	'model',
	'Strain e.a., Lancet Global Health 2024 (projectie voor 2030)',
	'Strain et al., Lancet Global Health 2024 (projection pour 2030)',
	'Strain et al., Lancet Global Health 2024 (projection for 2030)'
);
for (const p of ['2015_2020', '2017_2018', '2017_2019', '2018', '2019']) {
	const t = p.replace('_', '-');
	survey(
		`BOV_${p}`,
		'PROGRAMME',
		'register',
		`Bewegen Op Verwijzing: programmamonitoring ${t}`,
		`Bewegen Op Verwijzing (programme flamand) : suivi ${t}`,
		`Bewegen Op Verwijzing (Flemish exercise referral programme): monitoring ${t}`
	);
}
survey(
	'BOV_PILOT_2010',
	'PROGRAMME',
	'register',
	'Bewegen Op Verwijzing: proefproject Leuven 2010',
	'Bewegen Op Verwijzing : projet pilote à Louvain, 2010',
	'Bewegen Op Verwijzing: Leuven pilot project, 2010'
);
survey(
	'BOV_PILOT_2013_2014',
	'PROGRAMME',
	'register',
	'Bewegen Op Verwijzing: proefproject Leuven 2013-2014',
	'Bewegen Op Verwijzing : projet pilote à Louvain, 2013-2014',
	'Bewegen Op Verwijzing: Leuven pilot project, 2013-2014'
);
survey(
	'BOV_PILOT_UNDATED',
	'PROGRAMME',
	'register',
	'Bewegen Op Verwijzing: proefproject Leuven en Mechelen (vóór december 2015)',
	'Bewegen Op Verwijzing : projet pilote à Louvain et Malines (avant décembre 2015)',
	'Bewegen Op Verwijzing: Leuven and Mechelen pilot project (before December 2015)'
);
survey(
	'NL_LEEFSTIJLMONITOR_2022',
	'OTHER',
	'not_stated',
	'Gezondheidsenquête/Leefstijlmonitor 2022 (CBS/RIVM, Nederland)',
	'Enquête de santé / Leefstijlmonitor 2022 (CBS/RIVM, Pays-Bas)',
	'Health Survey / Lifestyle Monitor 2022 (CBS/RIVM, Netherlands)'
);
survey(
	'NL_OOIJENDIJK_2007',
	'OTHER',
	'not_stated',
	'Ooijendijk e.a. 2007, TNO Trendrapport Bewegen en Gezondheid (Nederland; jaar van de peiling niet vermeld)',
	'Ooijendijk et al. 2007, TNO Trendrapport Bewegen en Gezondheid (Pays-Bas ; année de l’enquête non précisée)',
	'Ooijendijk et al. 2007, TNO Trendrapport Bewegen en Gezondheid (Netherlands; survey year not stated)'
);

/** Maps a shared `survey` string (and its `year` cell) to a survey code. */
function surveyCode(s, year) {
	let m;
	if ((m = s.match(/^HIS (\d{4})( |$)/))) return `HIS_${m[1]}`;
	if (s.startsWith('HIS 2008, 2013 and 2018 pooled')) return 'HIS_POOLED_2008_2018';
	if (s.startsWith('COVID-19 Health Survey 1-2 ')) return 'COVID_HS_1_2';
	if ((m = s.match(/^COVID-19 Health Survey (\d+) /))) return `COVID_HS_${m[1]}`;
	if ((m = s.match(/^BELHEALTH (?:wave 1 )?\((\w{3}) (\d{4})\)$/))) {
		const mm = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(m[1]) + 1;
		return `BELHEALTH_${m[2]}_${String(mm).padStart(2, '0')}`;
	}
	if (s.startsWith('Preventiebarometer 2022')) return 'PB_2022';
	if (s === 'Food Consumption Survey 2014-2015') return 'FCS_2014';
	if (s === 'Food Consumption Survey 2022-2023') return 'FCS_2022';
	if (s.startsWith('HBSC 2018')) return 'HBSC_2018';
	if (s.startsWith('EHIS wave 2 ')) return 'EHIS_W2';
	if (s.startsWith('EHIS wave 3')) return 'EHIS_W3';
	if ((m = s.match(/^Special Eurobarometer (\d+) /))) return `SEB_${m[1]}`;
	if (s.startsWith('EU-SILC 2022')) return 'SILC_2022';
	if (s.startsWith('Guthold et al.')) return 'GUTHOLD_2018';
	if (s.startsWith('Strain et al.')) return `STRAIN_2024_${year}`;
	if (s.startsWith('WHO Europe / European Commission Physical Activity Factsheet')) return 'HIS_2013'; // data HIS 2013 (crosswalk M2)
	if (s.startsWith('Bewegen Op Verwijzing programme monitoring')) return `BOV_${year.replace('-', '_')}`;
	if (s === 'Bewegen Op Verwijzing pilot Leuven (WGC De Ridderbuurt)') return `BOV_PILOT_${year.replace('-', '_')}`;
	if (s.startsWith('Bewegen Op Verwijzing pilot (Leuven and Mechelen)')) return 'BOV_PILOT_UNDATED';
	if (s.startsWith('CBS/RIVM')) return 'NL_LEEFSTIJLMONITOR_2022';
	if (s.startsWith('Ooijendijk et al. 2007')) return 'NL_OOIJENDIJK_2007';
	return null;
}

// ---------------------------------------------------------------------------------------------
// Dimensions (README §6)
// ---------------------------------------------------------------------------------------------
const DIM = []; // {dimension, code, parent, order, label_nl, label_fr, label_en}
function dim(dimension, code, parent, order, nl, fr, en) {
	DIM.push({ dimension, code, parent, order, label_nl: nl, label_fr: fr, label_en: en });
}
// Regions. parent = level.
dim('region', 'BE', 'country', 1, 'België', 'Belgique', 'Belgium');
dim('region', 'BE-VLG', 'region', 1, 'Vlaams Gewest', 'Région flamande', 'Flemish Region');
dim(
	'region',
	'BE-BRU',
	'region',
	2,
	'Brussels Hoofdstedelijk Gewest',
	'Région de Bruxelles-Capitale',
	'Brussels-Capital Region'
);
dim('region', 'BE-WAL', 'region', 3, 'Waals Gewest', 'Région wallonne', 'Walloon Region');
// EU countries in EU protocol order (Eurostat codes; Greece = EL), then the Netherlands already included.
const COUNTRIES = [
	['BG', 'Bulgarije', 'Bulgarie', 'Bulgaria', 'Bulgaria'],
	['CZ', 'Tsjechië', 'Tchéquie', 'Czechia', 'Czechia'],
	['DK', 'Denemarken', 'Danemark', 'Denmark', 'Denmark'],
	['DE', 'Duitsland', 'Allemagne', 'Germany', 'Germany'],
	['EE', 'Estland', 'Estonie', 'Estonia', 'Estonia'],
	['IE', 'Ierland', 'Irlande', 'Ireland', 'Ireland'],
	['EL', 'Griekenland', 'Grèce', 'Greece', 'Greece'],
	['ES', 'Spanje', 'Espagne', 'Spain', 'Spain'],
	['FR', 'Frankrijk', 'France', 'France', 'France'],
	['HR', 'Kroatië', 'Croatie', 'Croatia', 'Croatia'],
	['IT', 'Italië', 'Italie', 'Italy', 'Italy'],
	['CY', 'Cyprus', 'Chypre', 'Cyprus', 'Cyprus'],
	['LV', 'Letland', 'Lettonie', 'Latvia', 'Latvia'],
	['LT', 'Litouwen', 'Lituanie', 'Lithuania', 'Lithuania'],
	['LU', 'Luxemburg', 'Luxembourg', 'Luxembourg', 'Luxembourg'],
	['HU', 'Hongarije', 'Hongrie', 'Hungary', 'Hungary'],
	['MT', 'Malta', 'Malte', 'Malta', 'Malta'],
	['NL', 'Nederland', 'Pays-Bas', 'Netherlands', 'Netherlands'],
	['AT', 'Oostenrijk', 'Autriche', 'Austria', 'Austria'],
	['PL', 'Polen', 'Pologne', 'Poland', 'Poland'],
	['PT', 'Portugal', 'Portugal', 'Portugal', 'Portugal'],
	['RO', 'Roemenië', 'Roumanie', 'Romania', 'Romania'],
	['SI', 'Slovenië', 'Slovénie', 'Slovenia', 'Slovenia'],
	['SK', 'Slowakije', 'Slovaquie', 'Slovakia', 'Slovakia'],
	['FI', 'Finland', 'Finlande', 'Finland', 'Finland'],
	['SE', 'Zweden', 'Suède', 'Sweden', 'Sweden']
];
COUNTRIES.forEach(([code, nl, fr, en], i) => dim('region', code, 'country', i + 2, nl, fr, en));
dim(
	'region',
	'EU27_2020',
	'aggregate',
	1,
	'EU-27 (samenstelling 2020)',
	'UE-27 (composition 2020)',
	'EU-27 (2020 composition)'
);
dim('region', 'EU28', 'aggregate', 2, 'EU-28 (2013-2020)', 'UE-28 (2013-2020)', 'EU-28 (2013-2020)');
dim(
	'region',
	'EU27_2007',
	'aggregate',
	3,
	'EU-27 (samenstelling 2007-2013)',
	'UE-27 (composition 2007-2013)',
	'EU-27 (2007-2013 composition)'
);
dim('region', 'WORLD', 'aggregate', 4, 'Wereld', 'Monde', 'World');
dim(
	'region',
	'WHO_HIGH_INCOME_WESTERN',
	'aggregate',
	5,
	'Westerse landen met hoog inkomen (regio Lancet/WHO)',
	'Pays occidentaux à revenu élevé (région Lancet/OMS)',
	'High-income Western countries (Lancet/WHO region)'
);
dim(
	'region',
	'WHO_HIGH_INCOME_ASIA_PACIFIC',
	'aggregate',
	6,
	'Azië en Stille Oceaan, hoog inkomen (regio Lancet/WHO)',
	'Asie-Pacifique à revenu élevé (région Lancet/OMS)',
	'High-income Asia Pacific (Lancet/WHO region)'
);
dim(
	'region',
	'WHO_SOUTH_ASIA',
	'aggregate',
	7,
	'Zuid-Azië (regio Lancet/WHO)',
	'Asie du Sud (région Lancet/OMS)',
	'South Asia (Lancet/WHO region)'
);
dim(
	'region',
	'WHO_OCEANIA',
	'aggregate',
	8,
	'Oceanië (regio Lancet/WHO)',
	'Océanie (région Lancet/OMS)',
	'Oceania (Lancet/WHO region)'
);
dim('region', 'BE-VLG+BE-BRU', 'area', 1, 'Vlaanderen en Brussel', 'Flandre et Bruxelles', 'Flanders and Brussels');
dim('region', 'LEUVEN', 'area', 2, 'Leuven', 'Louvain', 'Leuven');
dim('region', 'LEUVEN_MECHELEN', 'area', 3, 'Leuven en Mechelen', 'Louvain et Malines', 'Leuven and Mechelen');

const REGION_BY_NAME = {
	Belgium: 'BE',
	Flanders: 'BE-VLG',
	Brussels: 'BE-BRU',
	Wallonia: 'BE-WAL',
	EU28: 'EU28',
	World: 'WORLD',
	'Flanders and Brussels': 'BE-VLG+BE-BRU',
	Leuven: 'LEUVEN',
	'Leuven and Mechelen': 'LEUVEN_MECHELEN',
	'High-income Western countries (WHO/Lancet region)': 'WHO_HIGH_INCOME_WESTERN',
	'Oceania (WHO/Lancet region)': 'WHO_OCEANIA',
	'High-income Asia Pacific (WHO/Lancet region)': 'WHO_HIGH_INCOME_ASIA_PACIFIC',
	'South Asia (WHO/Lancet region)': 'WHO_SOUTH_ASIA',
	...Object.fromEntries(COUNTRIES.map((c) => [c[4], c[0]])),
	Austria: 'AT'
};
const NON_STANDARD_AREAS = new Set(['BE-VLG+BE-BRU', 'LEUVEN', 'LEUVEN_MECHELEN']);
const BELGIAN = new Set(['BE', 'BE-VLG', 'BE-BRU', 'BE-WAL', ...NON_STANDARD_AREAS]);

function regionCode(name, year) {
	if (name === 'EU27') return year === '2009' ? 'EU27_2007' : 'EU27_2020'; // README §6: EU27 of 2009 ≠ post-Brexit EU27
	return REGION_BY_NAME[name] ?? null;
}

// Breakdowns (parent empty).
[
	['total', 'Totaal', 'Total', 'Total'],
	['sex', 'Geslacht', 'Sexe', 'Sex'],
	['age', 'Leeftijd', 'Âge', 'Age'],
	['education', 'Opleidingsniveau', 'Niveau d’instruction', 'Education level'],
	['income', 'Inkomen', 'Revenu', 'Income'],
	['province', 'Provincie', 'Province', 'Province'],
	['barrier', 'Belemmering', 'Obstacle', 'Barrier'],
	['sitting_time', 'Zittijd per dag', 'Temps assis par jour', 'Daily sitting time'],
	['comorbidity', 'Comorbiditeit', 'Comorbidité', 'Comorbidity'],
	['sex_age', 'Geslacht en leeftijd', 'Sexe et âge', 'Sex and age']
].forEach(([code, nl, fr, en], i) => dim('breakdown', code, '', i + 1, nl, fr, en));

// Groups (parent = breakdown).
dim('group', 'total', 'total', 1, 'Totaal', 'Total', 'Total');
dim('group', 'male', 'sex', 1, 'Mannen', 'Hommes', 'Men');
dim('group', 'female', 'sex', 2, 'Vrouwen', 'Femmes', 'Women');
const AGE_GROUPS = ['3-9', '10-17', '15-24', '18-24', '18-29', '18-64', '25-39', '40-54', '55+', '65+', '65-74', '75+'];
AGE_GROUPS.forEach((g, i) => {
	const [lo, hi] = g.split('-');
	if (g.endsWith('+'))
		dim(
			'group',
			g,
			'age',
			i + 1,
			`${lo.slice(0, -1)} jaar en ouder`,
			`${lo.slice(0, -1)} ans et plus`,
			`${lo.slice(0, -1)} years and over`
		);
	else dim('group', g, 'age', i + 1, `${lo}-${hi} jaar`, `${lo}-${hi} ans`, `${lo}-${hi} years`);
});
dim(
	'group',
	'youngest_unnamed',
	'age',
	90,
	'Jongste leeftijdsgroep (niet benoemd in de bron)',
	'Groupe d’âge le plus jeune (non précisé par la source)',
	'Youngest age group (not named in the source)'
);
dim(
	'group',
	'oldest_unnamed',
	'age',
	91,
	'Oudste leeftijdsgroep (niet benoemd in de bron)',
	'Groupe d’âge le plus âgé (non précisé par la source)',
	'Oldest age group (not named in the source)'
);
[
	['isced0_1', 'Hoogstens lager onderwijs', 'Primaire au plus', 'Primary education or less'],
	['isced2', 'Lager secundair onderwijs', 'Secondaire inférieur', 'Lower secondary education'],
	['isced3_4', 'Hoger secundair onderwijs', 'Secondaire supérieur', 'Upper secondary education'],
	['isced5_8', 'Hoger onderwijs', 'Enseignement supérieur', 'Tertiary education'],
	[
		'isced0_2',
		'Laag opleidingsniveau (ISCED 0-2)',
		'Niveau d’instruction faible (CITE 0-2)',
		'Low education (ISCED 0-2)'
	],
	[
		'isced0_4',
		'Geen hoger onderwijs (ISCED 0-4)',
		'Sans enseignement supérieur (CITE 0-4)',
		'Non-tertiary education (ISCED 0-4)'
	],
	[
		'secondary_unsplit',
		'Secundair onderwijs (niet opgesplitst)',
		'Enseignement secondaire (non ventilé)',
		'Secondary education (not split)'
	],
	['no_diploma', 'Geen diploma', 'Sans diplôme', 'No diploma'],
	[
		'low_unspecified',
		'Laagopgeleid (niveau niet gespecificeerd)',
		'Peu instruits (niveau non précisé)',
		'Lower educated (level not specified)'
	],
	[
		'high_unspecified',
		'Hoogopgeleid (niveau niet gespecificeerd)',
		'Très instruits (niveau non précisé)',
		'Higher educated (level not specified)'
	],
	[
		'gap_lowest_highest',
		'Laagst t.o.v. hoogst opgeleiden',
		'Moins instruits par rapport aux plus instruits',
		'Lowest vs highest education level'
	],
	[
		'paf_all_vs_highest',
		'Hele bevolking t.o.v. hoogst opgeleiden',
		'Population entière par rapport aux plus instruits',
		'Whole population vs highest educated'
	],
	[
		'gap_high_minus_low',
		'Hoog min laag opleidingsniveau',
		'Niveau élevé moins niveau faible',
		'High minus low education'
	]
].forEach(([code, nl, fr, en], i) => dim('group', code, 'education', i + 1, nl, fr, en));
dim(
	'group',
	'income_lowest',
	'income',
	1,
	'Laagste inkomenscategorie',
	'Catégorie de revenus la plus basse',
	'Lowest income category'
);
dim(
	'group',
	'income_highest',
	'income',
	2,
	'Hoogste inkomenscategorie',
	'Catégorie de revenus la plus élevée',
	'Highest income category'
);
[
	['BE-VAN', 'Antwerpen', 'Anvers', 'Antwerp'],
	['BE-VLI', 'Limburg', 'Limbourg', 'Limburg'],
	['BE-VOV', 'Oost-Vlaanderen', 'Flandre-Orientale', 'East Flanders'],
	['BE-VBR', 'Vlaams-Brabant', 'Brabant flamand', 'Flemish Brabant'],
	['BE-VWV', 'West-Vlaanderen', 'Flandre-Occidentale', 'West Flanders'],
	['BE-BRU', 'Brussels Hoofdstedelijk Gewest', 'Région de Bruxelles-Capitale', 'Brussels-Capital Region']
].forEach(([code, nl, fr, en], i) => dim('group', code, 'province', i + 1, nl, fr, en));
[
	['lack_of_time', 'Tijdgebrek', 'Manque de temps', 'Lack of time'],
	['lack_of_interest', 'Gebrek aan interesse', 'Manque d’intérêt', 'Lack of interest'],
	['disability_or_illness', 'Handicap of ziekte', 'Handicap ou maladie', 'Disability or illness'],
	['no_time', 'Geen tijd', 'Pas le temps', 'No time'],
	['no_inclination', 'Geen zin', 'Pas envie', 'No inclination']
].forEach(([code, nl, fr, en], i) => dim('group', code, 'barrier', i + 1, nl, fr, en));
[
	['sit_max_2_5h', 'Hoogstens 2,5 uur per dag', '2,5 heures par jour au plus', 'At most 2.5 hours a day'],
	['sit_2_5_to_5_5h', '2,5 tot 5,5 uur per dag', 'De 2,5 à 5,5 heures par jour', '2.5 to 5.5 hours a day'],
	['sit_5_5_to_8_5h', '5,5 tot 8,5 uur per dag', 'De 5,5 à 8,5 heures par jour', '5.5 to 8.5 hours a day'],
	['sit_over_8_5h', 'Meer dan 8,5 uur per dag', 'Plus de 8,5 heures par jour', 'More than 8.5 hours a day']
].forEach(([code, nl, fr, en], i) => dim('group', code, 'sitting_time', i + 1, nl, fr, en));
[
	[
		'both_anxiety_and_depression',
		'Angst- én depressieve stoornis',
		'Trouble anxieux et trouble dépressif',
		'Both anxiety and depressive disorder'
	],
	['anxiety_only', 'Alleen angststoornis', 'Trouble anxieux seul', 'Anxiety disorder only'],
	['depression_only', 'Alleen depressieve stoornis', 'Trouble dépressif seul', 'Depressive disorder only']
].forEach(([code, nl, fr, en], i) => dim('group', code, 'comorbidity', i + 1, nl, fr, en));
dim('group', 'female_18-29', 'sex_age', 1, 'Vrouwen van 18-29 jaar', 'Femmes de 18-29 ans', 'Women aged 18-29');
dim('group', 'male_18-29', 'sex_age', 2, 'Mannen van 18-29 jaar', 'Hommes de 18-29 ans', 'Men aged 18-29');

// Flags (DESIGN "Flags", README §5).
[
	['secondary_source', 'Secundaire bron', 'Source secondaire', 'Secondary source'],
	['unverified_definition', 'Definitie niet geverifieerd', 'Définition non vérifiée', 'Definition not verified'],
	['inferred_wave', 'Enquêtegolf of jaar afgeleid', 'Vague ou année déduite', 'Survey wave or year inferred'],
	['inferred_age_base', 'Leeftijdsbasis afgeleid', 'Base d’âge déduite', 'Age base inferred'],
	['inferred_group', 'Groep afgeleid', 'Groupe déduit', 'Group inferred'],
	['label_to_check', 'Label na te kijken', 'Libellé à vérifier', 'Label to check'],
	['approximate', 'Benaderende waarde', 'Valeur approximative', 'Approximate value'],
	['non_standard_area', 'Niet-standaard gebied', 'Zone non standard', 'Non-standard area'],
	['doubtful_value', 'Twijfelachtige waarde', 'Valeur douteuse', 'Doubtful value'],
	['provenance_to_check', 'Herkomst na te kijken', 'Provenance à vérifier', 'Provenance to check'],
	['online_survey', 'Online-enquête', 'Enquête en ligne', 'Online survey'],
	['flanders_only', 'Alleen Vlaanderen', 'Flandre uniquement', 'Flanders only']
].forEach(([code, nl, fr, en], i) => dim('flag', code, '', i + 1, nl, fr, en));

const GROUP_BY_TEXT = {
	sex: { men: 'male', women: 'female', boys: 'male', girls: 'female' },
	age: {
		'youngest age group (not named in source text)': 'youngest_unnamed',
		'youngest age group (not specified on page)': 'youngest_unnamed',
		'highest age group (not named in source text)': 'oldest_unnamed',
		'highest age group (not specified on page)': 'oldest_unnamed',
		children: '3-9',
		adolescents: '10-17'
	},
	education: {
		tertiary: 'isced5_8',
		'higher education': 'isced5_8',
		higher: 'isced5_8',
		high: 'isced5_8',
		'higher education (value given as "environ", approx.)': 'isced5_8',
		'upper secondary': 'isced3_4',
		upper_secondary: 'isced3_4',
		'lower secondary': 'isced2',
		lower_secondary: 'isced2',
		primary: 'isced0_1',
		primary_or_none: 'isced0_1',
		'primary (lager onderwijs)': 'isced0_1',
		secondary: 'secondary_unsplit',
		'no diploma': 'no_diploma',
		'lower educated (level not specified)': 'low_unspecified',
		'higher educated (level not specified)': 'high_unspecified',
		low: 'isced0_2',
		'non-tertiary': 'isced0_4',
		lowest_vs_highest: 'gap_lowest_highest',
		all_vs_highest: 'paf_all_vs_highest',
		'high minus low': 'gap_high_minus_low'
	},
	income: { 'lowest income category': 'income_lowest', 'highest income category': 'income_highest' },
	province: {
		Antwerpen: 'BE-VAN',
		Limburg: 'BE-VLI',
		'Oost-Vlaanderen': 'BE-VOV',
		'Vlaams-Brabant': 'BE-VBR',
		'West-Vlaanderen': 'BE-VWV',
		Brussel: 'BE-BRU'
	},
	barrier: {
		'lack of time': 'lack_of_time',
		'lack of interest': 'lack_of_interest',
		'disability or illness': 'disability_or_illness',
		'no time': 'no_time',
		'no inclination (geen zin)': 'no_inclination'
	},
	sitting_time: {
		'2.5-5.5 h/day': 'sit_2_5_to_5_5h',
		'5.5-8.5 h/day': 'sit_5_5_to_8_5h',
		'more than 8.5 h/day': 'sit_over_8_5h'
	},
	comorbidity: {
		both_anxiety_and_depression: 'both_anxiety_and_depression',
		anxiety_only: 'anxiety_only',
		depression_only: 'depression_only'
	},
	sex_age: { 'women_18-29': 'female_18-29', 'men_18-29': 'male_18-29' },
	total: { total: 'total' }
};
function groupCode(breakdown, text) {
	if (breakdown === 'age' && /^\d+(-\d+|\+)$/.test(text)) return text;
	return GROUP_BY_TEXT[breakdown]?.[text] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Sources: one row per distinct page (canonical URL). kind per the NOTES' source tables and the
// contract: press, aggregators and mirror copies are secondary.
// ---------------------------------------------------------------------------------------------
/** The same healthybelgium page is stored with and without `www.` (README §6): one source. */
const canonicalUrl = (u) => u.replace(/^https:\/\/healthybelgium\.be\//, 'https://www.healthybelgium.be/');
const NS = 'not stated';
// [id, canonical url, title, publisher, year, kind, licence?, extra citation text?]
const SOURCE_LIST = [
	[
		'sciensano_his2023_press_nl',
		'https://www.sciensano.be/nl/node/77436',
		'Nationale gezondheidsenquête: we roken minder en bewegen meer, maar kijken véél naar schermen (press release, 10 July 2025)',
		'Sciensano',
		'2025',
		'primary'
	],
	[
		'healthybelgium_physical_activity',
		'https://www.healthybelgium.be/en/health-status/determinants-of-health/physical-activity',
		'Physical activity (Health Status Report)',
		'Sciensano (healthybelgium.be)',
		'',
		'primary',
		NS,
		'Several stored versions of the page, with and without www.'
	],
	[
		'sciensano_physical_exercise',
		'https://www.sciensano.be/en/health-topics/physical-exercise',
		'Physical exercise (health topic page; HIS 2013 figures)',
		'Sciensano',
		'',
		'primary'
	],
	[
		'factsheet_be_2015_1library',
		'https://1library.net/document/yj51njmq-belgium-belgium-physical-activity-factsheet-prevalence-physically-minutes.html',
		'Belgium Physical Activity Factsheet (WHO Regional Office for Europe / European Commission, 2015), third-party copy on 1library.net',
		'WHO Regional Office for Europe and European Commission (copy on 1library.net)',
		'2015',
		'secondary',
		NS,
		'Original: ec.europa.eu/assets/eac/sport/library/factsheets/belgium-factsheet_en.pdf'
	],
	[
		'lalibre_covid_2020',
		'https://www.lalibre.be/planete/sante/un-belge-sur-quatre-a-pris-du-poids-pendant-le-confinement-5ebe568e9978e24cfcbf41fc',
		'Un Belge sur quatre a pris du poids pendant le confinement',
		'La Libre Belgique (Belga)',
		'2020',
		'secondary'
	],
	[
		'vrt_covid_lifestyle_2020',
		'https://www.vrt.be/vrtnws/nl/2020/05/15/een-kilootje-meer-en-een-glaasje-minder-de-lichamelijke-gevolge/',
		'Een kilootje meer en een glaasje minder: de lichamelijke gevolgen (COVID-19 Health Survey, April 2020)',
		'VRT NWS',
		'2020',
		'secondary'
	],
	[
		'levif_his2023_sport_2025',
		'https://www.levif.be/societe/sante/grande-enquete-sur-la-sante-des-belges-les-chiffres-etonnants-de-la-pratique-du-sport',
		'Grande enquête sur la santé des Belges: les chiffres étonnants de la pratique du sport',
		'Le Vif',
		'2025',
		'secondary'
	],
	[
		'nutriweb_his2008',
		'http://nutriweb.tv/gelezen.index.asp?TAAL_ID=1&LEVEL1_ID=8&ARTIKEL_ID=26',
		'Eerste resultaten van de Gezondheidsenquête 2008 beschikbaar',
		'nutriweb.tv',
		'',
		'secondary'
	],
	[
		'gezondleven_beweegt_de_vlaming',
		'https://www.gezondleven.be/themas/beweging-sedentair-gedrag/cijfers-beweging/beweegt-de-vlaming-genoeg',
		'Beweegt de Vlaming genoeg? (HIS 2018, Flanders)',
		'Vlaams Instituut Gezond Leven',
		'',
		'primary'
	],
	[
		'hbvl_preventiebarometer_2023',
		'https://www.hbvl.be/cnt/dmf20230329_92154843',
		'Preventiebarometer 2022: beweging en sedentair gedrag (news article, 29 March 2023)',
		'Het Belang van Limburg',
		'2023',
		'secondary'
	],
	[
		'sciensano_fcs_youth_2024',
		'https://www.sciensano.be/en/press-corner/youth-belgium-meets-guidelines-physical-behaviour-less-and-less',
		'Youth in Belgium meets guidelines for physical behaviour less and less (press release, 5 December 2024)',
		'Sciensano',
		'2024',
		'primary'
	],
	[
		'sciensano_sedentary_behaviour',
		'https://www.sciensano.be/en/health-topics/sedentary-behaviour',
		'Sedentary behaviour (health topic page; HIS 2018 figure)',
		'Sciensano',
		'',
		'primary'
	],
	[
		'eurostat_hlth_ehis_pe2e_copy',
		'https://github.com/datacommonsorg/data/blob/ba1eaafa69ab23723ed0e5db43cf0b447b43579e/scripts/eurostat/health_determinants/physical_activity/input_files/hlth_ehis_pe2e.tsv',
		'Eurostat dataset hlth_ehis_pe2e (bulk TSV), copy stored in the Google Data Commons import repository',
		'Eurostat (data); datacommonsorg/data (copy, download date unknown)',
		'',
		'secondary',
		NS,
		'Live table: https://ec.europa.eu/eurostat/databrowser/view/hlth_ehis_pe2e'
	],
	[
		'eurostat_hlth_ehis_pe9e_copy',
		'https://github.com/datacommonsorg/data/blob/8f0131a37cafbd8a0e0bd6f7c895ae9b2efc18d0/scripts/eurostat/health_determinants/physical_activity/test_files/input_files/hlth_ehis_pe9e.tsv',
		'Eurostat dataset hlth_ehis_pe9e (bulk TSV), copy stored in the Google Data Commons import repository',
		'Eurostat (data); datacommonsorg/data (copy, download date unknown)',
		'',
		'secondary',
		NS,
		'Live table: https://ec.europa.eu/eurostat/databrowser/view/hlth_ehis_pe9e'
	],
	[
		'hbvl_guthold_2018',
		'https://www.hbvl.be/cnt/dmf20180905_03703376/ruim-1-op-de-3-belgen-beweegt-onvoldoende',
		'Ruim 1 op de 3 Belgen beweegt onvoldoende',
		'Het Belang van Limburg',
		'2018',
		'secondary'
	],
	[
		'ec_malta_seb525_2022',
		'https://malta.representation.ec.europa.eu/news/new-eurobarometer-sport-and-physical-activity-shows-49-europeans-exercise-2022-09-19_en',
		'New Eurobarometer on sport and physical activity shows that 49% of Europeans exercise',
		'European Commission, Representation in Malta',
		'2022',
		'primary'
	],
	[
		'europeansources_seb525_2022',
		'https://www.europeansources.info/record/sport-and-physical-activity/',
		'Sport and physical activity (record of Special Eurobarometer 525)',
		'European Sources Online (Cardiff University)',
		'2022',
		'secondary'
	],
	[
		'eurodesk_seb525_2022',
		'https://bulletin.eurodesk.eu/2022/09/resources/sport-and-physical-activity-eurobarometer/',
		'Sport and physical activity Eurobarometer',
		'Eurodesk',
		'2022',
		'secondary'
	],
	[
		'dailynewsday_seb525_2022',
		'https://dailynewsday.com/2022/09/19/45-of-europeans-never-exercise-europe-up-to-date-d-w/',
		'45% of Europeans never exercise (repost of a DW/EFE text)',
		'dailynewsday.com',
		'2022',
		'secondary'
	],
	[
		'hln_seb472_2018',
		'https://www.hln.be/nina/fit-gezond/belg-is-sportiever-dan-de-gemiddelde-europeaan~a0022995/',
		'Belg is sportiever dan de gemiddelde Europeaan',
		'HLN (Belga)',
		'2018',
		'secondary'
	],
	[
		'standaard_seb412_2014',
		'https://www.standaard.be/cnt/dmf20140324_01038577',
		'Ruim helft Belgen doet zelden of nooit aan sport',
		'De Standaard',
		'2014',
		'secondary'
	],
	[
		'vrt_seb412_2014',
		'https://www.vrt.be/vrtnws/nl/2014/03/24/ruim_helft_belgendoetzeldenofnooitaansport-1-1919295/',
		'Ruim helft Belgen doet zelden of nooit aan sport',
		'VRT NWS',
		'2014',
		'secondary'
	],
	[
		'statbel_silc_sport',
		'https://statbel.fgov.be/fr/nouvelles/plus-de-la-moitie-des-belges-font-du-sport-au-moins-une-fois-par-semaine',
		'Plus de la moitié des Belges font du sport au moins une fois par semaine (EU-SILC)',
		'Statbel',
		'',
		'primary'
	],
	[
		'oecd_hag_europe_2022',
		'https://www.oecd-ilibrary.org/sites/bfffb330-en/index.html?itemId=/content/component/bfffb330-en',
		'Health at a Glance: Europe 2022 – Physical activity among adults',
		'OECD and European Commission',
		'2022',
		'primary'
	],
	[
		'eurostat_news_2017_03_02',
		'http://ec.europa.eu/eurostat/web/products-eurostat-news/-/DDN-20170302-1?inheritRedirect=true&redirect=%2Feurostat%2F',
		'How much do Europeans exercise? (Eurostat news, 2 March 2017)',
		'Eurostat',
		'2017',
		'primary',
		'Eurostat copyright notice: reuse authorised, provided the source is acknowledged'
	],
	[
		'imperial_strain_2024',
		'https://imperial.ac.uk/earth-observation-network/publications/?id=1387432&noscript=noscript&respub-t4-action=citation.html',
		'Strain T et al. National, regional, and global trends in insufficient physical activity among adults from 2000 to 2022. Lancet Glob Health 2024;12:e1232-43 (citation and abstract)',
		'Imperial College London (publications repository)',
		'2024',
		'primary'
	],
	[
		'etvbharat_who_2024',
		'https://www.etvbharat.com/en/!health/nearly-1-dot-8-billion-adults-at-risk-of-disease-from-not-doing-enough-physical-activity-who-enn24062507824',
		'Nearly 1.8 billion adults at risk of disease from not doing enough physical activity: WHO',
		'ETV Bharat',
		'2024',
		'secondary'
	],
	[
		'factsheet_be_2015_vdocuments',
		'https://vdocuments.us/belgium-physical-activity-belgiumas-health-monitoring-and-surveillance-system.html',
		'Belgium Physical Activity Factsheet (WHO Regional Office for Europe / European Commission, 2015), third-party copy on vdocuments.us',
		'WHO Regional Office for Europe and European Commission (copy on vdocuments.us)',
		'2015',
		'secondary',
		NS,
		'Original: ec.europa.eu/assets/eac/sport/library/factsheets/belgium-factsheet_en.pdf'
	],
	[
		'knack_bov_2019',
		'https://www.knack.be/nieuws/gezondheid/de-beweegcoach-is-bemind-maar-onbekend/article-normal-1435221.html',
		'De beweegcoach is bemind maar onbekend',
		'Knack',
		'2019',
		'secondary'
	],
	[
		'cdenv_bov_2019',
		'https://www.cdenv.be/kopstuk/katrien-schryvers/nieuws/al-4000-mensen-kregen-beweging-voorgeschreven-door-huisarts/',
		'Al 4000 mensen kregen beweging voorgeschreven door huisarts (answer of the Flemish health minister, quoted)',
		'CD&V (Katrien Schryvers)',
		'2019',
		'secondary'
	],
	[
		'despecialist_bov_2019',
		'https://www.despecialist.eu/nl/nieuws/2-000-artsen-verwijzen-patienten-door-naar-bewegingscoach.html',
		'2.000 artsen verwijzen patiënten door naar bewegingscoach',
		'De Specialist',
		'2019',
		'secondary'
	],
	[
		'artsenkrant_bov',
		'https://www.artsenkrant.com/actueel/in-80-vlaamse-gemeenten-kunnen-huisartsen-verwijzen-voor-beweging/article-normal-28451.html',
		'In 80 Vlaamse gemeenten kunnen huisartsen verwijzen voor beweging',
		'Artsenkrant',
		'',
		'secondary'
	],
	[
		'wgccaleido_bov',
		'https://www.wgccaleido.be/projecten/bewegen-op-verwijzing',
		'Bewegen op Verwijzing (pilot project history)',
		'Wijkgezondheidscentrum Caleido (De Ridderbuurt), Leuven',
		'',
		'primary'
	],
	[
		'leefstijlclub_2012',
		'https://portal.leefstijlclub.nl/news/article/928/weten-is-nog-geen-willen-en-doen',
		'Weten is nog geen willen en doen (quoting Ooijendijk et al. 2007)',
		'Leefstijlclub',
		'2012',
		'secondary'
	],
	[
		'blikopnieuws_cbs_2023',
		'https://www.blikopnieuws.nl/gezondheid/299776/ruim-4-op-de-10-volwassenen-bewegen-voldoende.html',
		'Ruim 4 op de 10 volwassenen bewegen voldoende (CBS press text)',
		'Blik op Nieuws',
		'2023',
		'secondary'
	],
	[
		'healthybelgium_anxiety_depression',
		'https://www.healthybelgium.be/en/health-status/mental-health/anxiety-and-depression',
		'Anxiety and depression (Health Status Report)',
		'Sciensano (healthybelgium.be)',
		'',
		'primary',
		NS,
		'Several stored versions of the page, with and without www.'
	],
	[
		'genderstat_sante_mentale',
		'https://www.genderstat.be/fr/themes/sante/sante-mentale',
		'Santé mentale',
		'Institut pour l’égalité des femmes et des hommes (genderstat.be)',
		'',
		'primary'
	],
	[
		'statvl_psychische_stoornissen',
		'https://www.vlaanderen.be/statistiek-vlaanderen/gezondheid-en-welzijn/psychische-stoornissen',
		'Psychische stoornissen',
		'Statistiek Vlaanderen',
		'',
		'primary'
	],
	[
		'veerkracht_angst_depressie',
		'https://www.vlaanderen.be/vlaamse-regering/vlaamse-veerkracht/dashboard-vlaamse-veerkracht/gezonde-groei/angst-en-depressie',
		'Dashboard Vlaamse Veerkracht: Angst en depressie (data Sciensano)',
		'Vlaamse overheid',
		'',
		'primary'
	],
	[
		'aimima_antidepresseurs',
		'http://www.aim-ima.be/Antidepresseurs-consommation-en?lang=fr',
		'Antidépresseurs : consommation (quoting HIS 2018)',
		'Agence InterMutualiste (AIM-IMA)',
		'',
		'secondary'
	],
	[
		'bulletin_his2023_2025',
		'https://www.thebulletin.be/almost-one-five-belgians-affected-mental-health-issues-reveals-new-survey',
		'Almost one in five Belgians affected by mental health issues, reveals new survey',
		'The Bulletin',
		'2025',
		'secondary'
	],
	[
		'rtbf_covid1_2020',
		'https://www.rtbf.be/info/societe/detail_enquete-sciensano-sur-le-coronavirus-l-anxiete-est-en-hausse-mais-la-population-est-bien-informee?id=10484918',
		'Enquête Sciensano sur le coronavirus : l’anxiété est en hausse mais la population est bien informée',
		'RTBF',
		'2020',
		'secondary'
	],
	[
		'levif_covid4_2020',
		'https://www.levif.be/actualite/belgique/les-mesures-d-hygiene-et-de-distanciation-sociale-moins-respectees/article-belga-1346043.html',
		'Les mesures d’hygiène et de distanciation sociale moins respectées (Belga)',
		'Le Vif',
		'2020',
		'secondary'
	],
	[
		'demorgen_covid7_2021',
		'https://www.demorgen.be/nieuws/belg-voelt-zich-nog-altijd-angstiger-eenzamer-en-depressiever-dan-voor-corona~b7556f37/',
		'Belg voelt zich nog altijd angstiger, eenzamer en depressiever dan voor corona',
		'De Morgen',
		'2021',
		'secondary'
	],
	[
		'brusselstimes_covid7_2021',
		'https://brusselstimes.com/belgium/185351/quarter-of-young-adults-show-symptoms-of-depression',
		'Quarter of young adults show symptoms of depression',
		'The Brussels Times',
		'2021',
		'secondary'
	],
	[
		'sciensano_belhealth_press_2023',
		'https://www.sciensano.be/nl/pershoek/de-geestelijke-gezondheid-na-corona-eerste-conclusies-van-de-belhealth-studie',
		'De geestelijke gezondheid na corona: eerste conclusies van de BELHEALTH-studie (press release, 9 February 2023)',
		'Sciensano',
		'2023',
		'primary'
	],
	[
		'rtbf_covid10_2022',
		'https://www.rtbf.be/article/enquete-de-sante-de-l-institut-sciensano-la-proportion-des-personnes-tres-satisfaites-de-leur-vie-a-augmente-10978421',
		'Enquête de santé de l’institut Sciensano : la proportion des personnes très satisfaites de leur vie a augmenté',
		'RTBF',
		'2022',
		'secondary'
	],
	[
		'worldexplorer_his2004',
		'https://worldexplorer.be/gezondheid_actualiteit.php',
		'Eén Belg op vier heeft psychologisch probleem(pje) (HIS 2004 results)',
		'worldexplorer.be',
		'',
		'secondary'
	],
	[
		'lameuse_2017',
		'http://www.lameuse.be/1786809/article/2017-02-12/de-block-s-attaque-a-la-depression-elle-ecrit-a-tous-les-medecins-generalistes-d',
		'De Block s’attaque à la dépression : elle écrit à tous les médecins généralistes',
		'La Meuse',
		'2017',
		'secondary'
	],
	[
		'bulletin_his2013_2014',
		'https://www.thebulletin.be/health-survey-shows-increase-mental-problems',
		'Health Survey shows increase in mental problems',
		'The Bulletin',
		'2014',
		'secondary'
	],
	[
		'statvl_psychische_klachten',
		'https://www.statistiekvlaanderen.be/nl/psychische-klachten',
		'Psychische klachten',
		'Statistiek Vlaanderen',
		'',
		'primary'
	],
	[
		'lesoir_2017',
		'https://www.lesoir.be/120189/article/2017-10-19/4-bruxellois-sur-10-en-mal-etre',
		'4 Bruxellois sur 10 en mal-être',
		'Le Soir',
		'2017',
		'secondary'
	],
	[
		'dhnet_his2013_2014',
		'https://www.dhnet.be/actu/sante/les-troubles-psychologiques-et-emotionnels-en-forte-hausse-en-belgique-542a7c75357030e61043527d',
		'Les troubles psychologiques et émotionnels en forte hausse en Belgique (Belga)',
		'La DH',
		'2014',
		'secondary'
	],
	[
		'indicators_be_g03_dep',
		'https://indicators.be/nl/i/G03_DEP/Depressie',
		'Depressie (SDG indicator G03_DEP, computed from the Health Interview Survey)',
		'Federaal Planbureau (indicators.be)',
		'',
		'primary'
	],
	[
		'indicators_be_bgd_hea_dep',
		'http://indicators.be/nl/i/BGD_HEA_DEP/Depressie',
		'Depressie (indicator BGD_HEA_DEP, 2018 version, computed from the Health Interview Survey)',
		'Federaal Planbureau (indicators.be)',
		'2018',
		'primary'
	],
	[
		'sciensano_his2018_mental_press_2020',
		'https://www.sciensano.be/nl/pershoek/meer-dan-1-persoon-op-10-lijdt-aan-een-psychische-stoornis',
		'Meer dan 1 persoon op 10 lijdt aan een psychische stoornis (press release, 28 January 2020)',
		'Sciensano',
		'2020',
		'primary'
	],
	[
		'levif_his2018_malaise_2020',
		'https://www.levif.be/actualite/sante/d-ou-vient-le-mal-etre-des-belges/article-normal-1245667.html',
		'D’où vient le mal-être des Belges ?',
		'Le Vif',
		'2020',
		'secondary'
	],
	[
		'veerkracht_levenstevredenheid',
		'https://vlaanderen.be/vlaamse-regering/vlaamse-veerkracht/dashboard-vlaamse-veerkracht/gezonde-groei/levenstevredenheid',
		'Dashboard Vlaamse Veerkracht: Levenstevredenheid (data Sciensano)',
		'Vlaamse overheid',
		'',
		'primary'
	],
	[
		'nieuwsblad_covid9_2022',
		'https://www.nieuwsblad.be/cnt/dmf20220113_93163624',
		'COVID-19 Health Survey of December 2021: life satisfaction (news article, 13 January 2022)',
		'Het Nieuwsblad',
		'2022',
		'secondary'
	],
	[
		'lm_preventiebarometer_2023',
		'https://www.lm-ml.be/nl/nieuws/vlamingen-scoren-zichzelf-73-op-10-op-levenstevredenheid',
		'Vlamingen scoren zichzelf 7,3 op 10 op levenstevredenheid',
		'LM (Liberale Mutualiteit)',
		'2023',
		'secondary'
	],
	[
		'eetexpert_preventiebarometer_2023',
		'https://eetexpert.be/nieuwe-resultaten-preventiebarometer-geestelijke-gezondheid/',
		'Nieuwe resultaten Preventiebarometer: geestelijke gezondheid',
		'Eetexpert',
		'2023',
		'secondary'
	],
	[
		'healthybelgium_psychotropic_medicines',
		'https://www.healthybelgium.be/en/health-status/mental-health/psychotropic-medicines',
		'Psychotropic medicines (Health Status Report)',
		'Sciensano (healthybelgium.be)',
		'',
		'primary'
	],
	[
		'journaldumedecin_antidepresseurs',
		'https://www.lejournaldumedecin.com/actualite/hausse-d-un-tiers-de-la-vente-d-antidepresseurs-en-belgique/article-normal-189.html',
		'Hausse d’un tiers de la vente d’antidépresseurs en Belgique',
		'Le Journal du Médecin',
		'',
		'secondary'
	],
	[
		'sciencefrfam_his2013',
		'https://science.frfam.com/health/1001023937.html',
		'HIS 2013 mental health (machine-translated news page)',
		'science.frfam.com (aggregator)',
		'',
		'secondary'
	],
	[
		'healthybelgium_suicidal_behaviour',
		'https://www.healthybelgium.be/en/health-status/mental-health/suicidal-behaviour',
		'Suicidal behaviour (Health Status Report)',
		'Sciensano (healthybelgium.be)',
		'',
		'primary',
		NS,
		'Several stored versions of the page, with and without www.'
	],
	[
		'educasante_his2018_2020',
		'https://educasante.org/lu-et-vu/linstitut-sciensano-publie-le-rapport-relatif-au-volet-sante-mentale-de-lenquete-de-sante-2018-en-belgique',
		'L’institut Sciensano publie le rapport relatif au volet santé mentale de l’enquête de santé 2018 en Belgique',
		'Educa Santé',
		'2020',
		'secondary'
	],
	[
		'brusselstimes_his2023_2025',
		'https://www.brusselstimes.com/belgium/1816006/belgiums-mental-health-is-getting-worse/',
		'Belgium’s mental health is getting worse',
		'The Brussels Times',
		'2025',
		'secondary'
	],
	[
		'medipodcast_suicide_2023',
		'https://medipodcast.eu/fr/article-fr/comportements-suicidaires-quelle-est-la-situation-en-belgique/',
		'Comportements suicidaires : quelle est la situation en Belgique ?',
		'medipodcast.eu',
		'2023',
		'secondary'
	],
	[
		'healthybelgium_inequalities_mental_health',
		'https://www.healthybelgium.be/en/health-status/health-inequalities/inequalities-in-mental-health',
		'Inequalities in mental health (Health Status Report)',
		'Sciensano (healthybelgium.be)',
		'',
		'primary'
	],
	[
		'hautekiet_2022_environ_health',
		'https://ehjournal.biomedcentral.com/articles/10.1186/s12940-022-00839-x',
		'Hautekiet P et al. Air pollution in association with mental and self-rated health and the mediating effect of physical activity. Environmental Health 2022;21:29',
		'BioMed Central (Environmental Health)',
		'2022',
		'primary',
		'CC BY 4.0'
	]
];
const SOURCES = new Map(); // canonical url -> source row
for (const [id, url, title, publisher, year, kind, licence = NS, extra = ''] of SOURCE_LIST) {
	if (SOURCES.has(url)) throw new Error(`duplicate source url ${url}`);
	const citation = `${publisher}, ${year ? `${year}.` : 'n.d.'} ${title}. ${url}${extra ? ` (${extra.replace(/\.$/, '')})` : ''}`;
	SOURCES.set(url, { id, title, publisher, year, url, licence, kind, citation });
}

// ---------------------------------------------------------------------------------------------
// Row rules: crosswalk merges (M1-M4, §4, §7), splits (L8, L24, L28, §6, §7) and doubts (§5 D1-D29).
// Keys are "PA 3" = physical_activity.csv line 3 (header = line 1), as in the README.
// ---------------------------------------------------------------------------------------------
const RULES = new Map();
function rule(refList, props) {
	for (const ref of refList) {
		const r = RULES.get(ref) ?? { flags: [], notes: [] };
		const { flags = [], notes = [], note, ...rest } = props;
		r.flags.push(...flags);
		if (note) r.notes.push(typeof note === 'function' ? note(ref) : note);
		r.notes.push(...notes);
		Object.assign(r, rest);
		RULES.set(ref, r);
	}
}
const lineOf = (ref) => Number(ref.split(' ')[1]);

// M1: his_meets_who_aerobic_leisure_transport (II 9-24) = pa_aerobic_who_ehispaq (PA 3-18); keep PA.
rule(refs('II', [9, 24]), {
	indicator: 'pa_aerobic_who_ehispaq',
	preferred: false,
	note: (ref) =>
		`Duplicate of physical_activity.csv:${lineOf(ref) - 6} (preferred)${lineOf(ref) === 9 ? ', of which 30 is the rounded copy' : ', same healthybelgium sentence'}; id his_meets_who_aerobic_leisure_transport merged into pa_aerobic_who_ehispaq (crosswalk M1).`
});
rule(['PA 3'], { ageBase: '18+', ageBaseSource: 'survey_default' }); // 18+ as in II 9 (crosswalk M1)
// M2: whofs_mvpa_30min_day (II 111-114) = pa_30min_day_ipaq; keep PA 21 for Belgium, II 112-114 for the regions.
rule(['II 111'], {
	indicator: 'pa_30min_day_ipaq',
	preferred: false,
	note: 'Duplicate of physical_activity.csv:21 (preferred, Sciensano’s own page); factsheet id whofs_mvpa_30min_day merged into pa_30min_day_ipaq (crosswalk M2).'
});
rule(refs('II', [112, 114]), {
	indicator: 'pa_30min_day_ipaq',
	note: 'WHO/EC factsheet read from a mirror copy (original on ec.europa.eu); id whofs_mvpa_30min_day merged into pa_30min_day_ipaq (crosswalk M2).'
});
rule(refs('PA', [28, 30]), {
	preferred: false,
	note: (ref) =>
		`Duplicate of intentions_international.csv:${lineOf(ref) + 84} (preferred): same WHO/EC factsheet, whose copy there is clean text while this one is OCR-split (crosswalk M2).`
});
// M3: PA 52 (Preventiebarometer row of sitting_mean_hours_day) = II 3.
rule(['PA 52'], {
	indicator: 'sitting_resting_time_mean_hours',
	preferred: false,
	ageBase: '18+',
	ageBaseSource: 'survey_default',
	flags: ['label_to_check'],
	note: 'Duplicate of intentions_international.csv:3 (preferred, same quote), moved from sitting_mean_hours_day (crosswalk M3). The shared population cell was copied from HIS rows; the Preventiebarometer surveys adults 18+ (crosswalk D1).'
});
// M4: Eurobarometer sitting categories into one distribution.
rule(['II 49'], {
	indicator: 'eb_sitting_time_distribution',
	breakdown: 'sitting_time',
	group: 'sit_over_8_5h',
	note: 'Id eb_sitting_over_8_5h merged into eb_sitting_time_distribution as category "more than 8.5 h/day" (crosswalk M4).'
});
rule(['II 50'], {
	indicator: 'eb_sitting_time_distribution',
	breakdown: 'sitting_time',
	group: 'sit_max_2_5h',
	note: 'Id eb_sitting_max_2_5h merged into eb_sitting_time_distribution as category "at most 2.5 h/day" (crosswalk M4); the Belgian value is given only in words ("Evenveel").'
});
// §4 collisions: same cell, different age base; keep the 18+ / primary value.
rule(['MH 8'], {
	preferred: false,
	note: 'Same cell as mental_health.csv:11 (6.5, ages 18+, preferred); this is the Statistiek Vlaanderen value for ages 15+ (crosswalk §4).'
});
rule(['MH 9'], {
	preferred: false,
	note: 'Same cell as mental_health.csv:10 (8.8, ages 18+, preferred); this is the Statistiek Vlaanderen value for ages 15+ (crosswalk §4).'
});
rule(['MH 133'], {
	preferred: false,
	note: 'Same cell as mental_health.csv:136 (24.5, "hoog", ages 18+, primary source, preferred); this press value ("très satisfaite", 15+) belongs with the Brussels and Wallonia values of the same article (crosswalk §4, L26).'
});
rule(['II 171'], {
	preferred: false,
	note: 'Same cell as intentions_international.csv:140 (27.5, ages 18+, preferred); Eurostat age TOTAL = 15+ (crosswalk §4).'
});
rule(['II 172'], {
	preferred: false,
	note: 'Same cell as intentions_international.csv:149 (31.0, ages 18+, preferred); Eurostat age TOTAL = 15+ (crosswalk §4).'
});
// §7: Eurostat rows appended to physical_activity.csv.
const EUROSTAT_PA =
	'Read from a copy of the Eurostat file in datacommonsorg/data (download date unknown; re-download before publishing); dated 2018 (HIS fieldwork), Eurostat reference year 2019.';
rule(refs('PA', [63, 69]), {
	flags: ['provenance_to_check', 'unverified_definition'],
	notes: [
		EUROSTAT_PA,
		'Eurostat’s definition (walking probably not counted) is unconfirmed, and its values differ from Sciensano’s for the same survey (crosswalk §7).'
	]
});
rule(['PA 70'], {
	indicator: 'ehis_aerobic_150min_nonwork_eurostat',
	preferred: false,
	flags: ['provenance_to_check'],
	notes: [
		'Same Eurostat cell (hlth_ehis_pe9e MV_AERO, Belgium 18+) as intentions_international.csv:140 (preferred), merged from pa_aerobic_150min_eurostat (crosswalk §7). The physical_activity file dates it 2018 (HIS fieldwork), the other file 2019 (Eurostat reference year).'
	]
});
rule(['PA 71', 'PA 72'], {
	indicator: 'muscle_strengthening_2x_week_eurostat',
	flags: ['provenance_to_check', 'unverified_definition'],
	notes: [
		EUROSTAT_PA,
		'Own id: Eurostat processing, not the Gezond Leven figure for Flanders (crosswalk §7). The "twice a week" threshold of MV_MSC is not confirmed in the stored file.'
	]
});
rule(['PA 73'], {
	flags: ['provenance_to_check', 'unverified_definition'],
	notes: [
		EUROSTAT_PA,
		'Meaning "aerobic and muscle-strengthening" inferred from the values (6.6 is below both components).'
	]
});
// L8: COVID-19 HS row of sitting_over_8h_day gets its own id.
rule(['PA 32'], {
	indicator: 'sitting_over_8h_day_online',
	note: 'Online opt-in COVID-19 Health Survey during the April 2020 lockdown; split from sitting_over_8h_day so that it is never joined with HIS 2018 (crosswalk L8).'
});
// §6: the per-1,000 row of suicide_attempt_12m gets its own id (D22).
rule(['MH 195'], {
	indicator: 'suicide_attempt_12m_per_1000',
	ageBase: '15+',
	ageBaseSource: 'inferred',
	flags: ['unverified_definition'],
	note: 'Unit per 1,000 (the other rows of suicide_attempt_12m are percent), so it has its own id; the 12-month recall period is inferred from the comparison with 2018 (crosswalk D22, §6).'
});

// Doubts (README §5) and other notes from the NOTES files.
rule(['PA 2'], {
	ageBase: '18+',
	ageBaseSource: 'inferred',
	flags: ['unverified_definition'],
	note: 'The 2023 release says "in de vrije tijd" (leisure time); whether transport is still counted is not confirmed (crosswalk D8). Age base 18+ assumed from the 2018 definition.'
});
rule(refs('PA', [35, 39]), {
	ageBase: '18+',
	ageBaseSource: 'inferred',
	flags: ['unverified_definition'],
	note: 'Reported only by Le Vif, not yet confirmed by Sciensano; the 2023 definition is unconfirmed (crosswalk D8). Age base 18+ assumed from the 2018 definition.'
});
rule(['PA 38'], { flags: ['approximate'], note: 'The source says "environ 42%" (about 42%).' });
rule(['PA 6', 'PA 7', 'II 12', 'II 13'], {
	note: 'Age group not named in the source (probably 18-24 and 75+, but not stated).'
});
rule(['PA 19', 'PA 20'], {
	ageBase: 'not_stated',
	ageBaseSource: 'not_stated',
	flags: ['unverified_definition'],
	note: 'Base not stated: all adults or only people in work (crosswalk D10).'
});
rule(['PA 31'], {
	ageBase: '18+',
	ageBaseSource: 'inferred',
	flags: ['provenance_to_check'],
	note: 'Known only from a 2020 press comparison with the COVID-19 survey; no HIS 2018 publication of it was found. Age base 18+ assumed as in that comparison (crosswalk D11).'
});
rule(['PA 40', 'PA 41'], {
	ageBase: '15+',
	ageBaseSource: 'inferred',
	note: 'Age base not stated for 2008; 15+ assumed as in HIS 2013.'
});
rule(['PA 42'], {
	breakdown: 'age',
	group: '18-64',
	flags: ['label_to_check'],
	note: 'Coded total/total in the shared file, but the quote gives the 18-64 age band; recoded as age 18-64 (crosswalk D2).'
});
rule(refs('PA', [42, 47]), {
	flags: ['unverified_definition'],
	note: 'Activity domains not stated (probably including work); not comparable with pa_aerobic_who_ehispaq (crosswalk L3).'
});
rule(refs('PA', [43, 45], [49, 51]), {
	ageBase: '18+',
	ageBaseSource: 'inferred',
	note: 'The source says adults; the age band is not stated.'
});
rule(['PA 48'], { ageBase: 'not_stated', ageBaseSource: 'not_stated' });
rule(refs('PA', [49, 51]), {
	flags: ['unverified_definition'],
	note: 'Purpose of the cycling trips not stated (crosswalk L6).'
});
rule(['PA 55', 'PA 56'], {
	flags: ['doubtful_value', 'inferred_group'],
	ageBaseSource: 'inferred',
	note: 'Groups "children"/"adolescents" mapped to 3-9 / 10-17 as defined in the same release. The same sentence gives 2022 values (32/18) that contradict the release’s 31/19 (crosswalk D9).'
});
rule(['PA 55'], { ageBase: '3-9' });
rule(['PA 56'], { ageBase: '10-17' });
rule(['PA 60', 'PA 61'], {
	flags: ['inferred_wave'],
	note: 'Survey name HBSC inferred; it is not in the quote (crosswalk D12). The source says boys/girls aged 11-18: coded male/female with age base 11-18.'
});
rule(['II 2'], {
	flags: ['unverified_definition'],
	note: 'Base probably only the insufficiently active adults; the source does not say so (crosswalk D15).'
});
rule([...refs('II', [4, 8]), ...refs('II', [104, 109])], {
	flags: ['unverified_definition'],
	note: 'Standardisation not stated in the quote, though this model’s estimates are age-standardised (crosswalk D4).'
});
rule(['II 5'], {
	flags: ['doubtful_value'],
	note: 'A VRT article of the same day gives the opposite sex difference (crosswalk D13).'
});
rule(refs('II', [36, 39]), {
	flags: ['label_to_check'],
	note: 'The shared label says "at least once a week", but the values fit Eurobarometer’s "with some regularity" category (1-4 times a week); check against SEB 525 (crosswalk D3).'
});
rule(refs('II', [40, 42]), {
	flags: ['provenance_to_check'],
	note: 'From the lowest-confidence repost (dailynewsday.com); check against the SEB 525 report (crosswalk D28).'
});
rule(refs('II', [66, 83]), {
	flags: ['inferred_wave'],
	note: 'Year 2022 taken from a secondary page; the Statbel page shows no year (crosswalk D27).'
});
rule(refs('II', [84, 87]), {
	note: 'OECD average across EU countries, probably unweighted; not the Eurostat EU27 aggregate (crosswalk L2).'
});
rule(['II 117', 'II 118', 'II 128'], {
	flags: ['inferred_wave'],
	note: 'Dating inconsistent between sources: 181 municipalities is dated 2019 (Knack) and 2018 (CD&V), and 195 is dated 2018 (crosswalk D5).'
});
rule(['II 119'], {
	note: 'Online referral letters written between May 2017 and November 2018, Flanders and Brussels together.'
});
rule(refs('II', [120, 125]), {
	flags: ['inferred_group'],
	note: 'Numbers matched to provinces by position from a flattened table; "Brussel" is a region, not a province; the six 2018 values sum to 2,975, not the 3,845 of the whole period (crosswalk D14).'
});
rule(['II 131'], {
	flags: ['label_to_check'],
	note: 'Area given as Leuven and Mechelen, but the pilot rows name Leuven only; year not stated (crosswalk D6).'
});
rule(refs('II', [135, 137]), {
	ageBase: 'not_stated',
	ageBaseSource: 'not_stated',
	flags: ['provenance_to_check'],
	note: 'Survey year unknown: quoted by a 2012 news item about a 2007 report (crosswalk D29).'
});
rule(refs('II', [139, 178]), {
	flags: ['provenance_to_check'],
	note: 'Read from a copy of the Eurostat bulk file in datacommonsorg/data (download date unknown); re-download before publishing (crosswalk D26).'
});
rule(['MH 2', 'MH 3'], {
	note: 'HIS 2018 value for ages 18+, from the chart comparing it with the online COVID-19 surveys; the HIS 2023 value has no stated age base, so 2018 to 2023 may mix bases (crosswalk D16).'
});
rule(refs('MH', [4, 7]), {
	ageBase: '15+',
	ageBaseSource: 'inferred',
	note: 'No age base given (the Belgian totals are 18+); the HIS module base 15+ is assumed (crosswalk D25).'
});
rule(['MH 10', 'MH 11', 'MH 30', 'MH 31', 'MH 50', 'MH 51'], {
	flags: ['label_to_check'],
	note: 'Which value is anxiety and which is depression is inferred from the "respectively" order; the quote does not name them (crosswalk D23).'
});
rule(['MH 13', 'MH 14'], {
	ageBase: '15+',
	ageBaseSource: 'inferred',
	note: 'Age base not stated; the HIS mental-health modules cover ages 15+, while the 2018 comparator is 18+ (crosswalk D16).'
});
rule(refs('MH', [15, 17]), {
	ageBase: '16+',
	ageBaseSource: 'inferred',
	note: 'Published age base not stated; the first COVID-19 survey was open from age 16.'
});
rule(['MH 40', 'MH 41'], {
	flags: ['doubtful_value'],
	note: 'The French page gives 15% and 12% for the same wave; unresolved (crosswalk D24).'
});
rule(['MH 44', 'MH 45'], {
	flags: ['inferred_wave'],
	note: 'November 2023 wave assumed from the page layout (crosswalk D17).'
});
rule(['MH 46', 'MH 47'], {
	flags: ['inferred_wave', 'doubtful_value'],
	note: 'November 2023 wave assumed from the page layout; depression higher in men than in women, unlike every other wave (crosswalk D17).'
});
rule(['MH 131'], {
	flags: ['label_to_check'],
	note: 'Category is "erg ontevreden" (very dissatisfied), not the "low" category (score below 6) of the Flemish rows (crosswalk D7, L25).'
});
rule(['MH 139'], {
	flags: ['inferred_wave', 'label_to_check'],
	note: 'The quote names neither the measure nor the month; the December 2020 wave is inferred (crosswalk D19).'
});
rule(['MH 140', 'MH 141'], {
	flags: ['label_to_check'],
	note: 'The quote names neither the measure nor the category; 34 = 100 - 66, the "(très) satisfaites" share (crosswalk D18).'
});
rule(['MH 142'], {
	flags: ['label_to_check'],
	note: 'Press wording "ontevreden" (dissatisfied); the category is not defined (crosswalk L25).'
});
rule(['MH 145', 'MH 146'], {
	note: '"(Très) satisfaites" = satisfied or very satisfied, the complement of the low category, not the high category (crosswalk L27).'
});
rule(refs('MH', [165, 180]), { ageBase: 'not_stated', ageBaseSource: 'not_stated' });
rule(['MH 179', 'MH 180'], {
	flags: ['provenance_to_check'],
	note: 'From a machine-translated aggregator (science.frfam.com) that calls them "utilisateurs fréquents"; recall period not stated (crosswalk D21).'
});
rule(['MH 190', 'MH 191'], {
	ageBase: 'not_stated',
	ageBaseSource: 'not_stated',
	flags: ['provenance_to_check', 'inferred_wave'],
	note: 'From a machine-translated aggregator (science.frfam.com); the wave is not in the quote, and 14% equals the 2018 value (crosswalk D21).'
});
rule(['MH 192', 'MH 193'], {
	ageBase: '15+',
	ageBaseSource: 'inferred',
	note: 'Age base not stated; the HIS module base 15+ is assumed.'
});
rule(['MH 194'], {
	ageBase: '15+',
	ageBaseSource: 'inferred',
	note: 'Recall period and age base not stated; 6% matches neither the 2018 12-month (4.3%) nor the lifetime (14%) value (crosswalk L23).'
});
rule(['MH 202'], {
	flags: ['inferred_group'],
	note: 'The quote says "chez les hommes" without an age band; 18-29 inferred from the context (crosswalk D20).'
});
rule(['MH 216'], {
	n: '16455',
	note: 'Mediation share of the PM2.5-anxiety association, not a comparison of active and inactive people (crosswalk L29). n = pooled analysis sample.'
});

// Online split (L24) and Preventiebarometer split (L26, L28): ids that also hold HIS rows.
const SPLIT_ONLINE = new Set([
	'depressive_disorder_phq9',
	'anxiety_disorder_gad7',
	'suicidal_ideation_12m',
	'suicide_attempt_12m',
	'life_satisfaction_low',
	'life_satisfaction_high',
	'life_satisfaction_moderate'
]);
const SPLIT_PB = new Set([
	'life_satisfaction_mean',
	'life_satisfaction_low',
	'life_satisfaction_high',
	'life_satisfaction_moderate'
]);

/** Age base from the shared `population` cell (README §6). */
function parseAgeBase(pop) {
	let m;
	if ((m = pop.match(/^(\d+\+|\d+-\d+)$/))) return [m[1], 'stated'];
	if ((m = pop.match(/^(\d+\+) \((Eurobarometer base|EU-SILC base|adults; EHIS|reported for Flemish adults)/)))
		return [m[1], 'survey_default'];
	if ((m = pop.match(/^(\d+\+) \(age base stated/))) return [m[1], 'stated'];
	if (/^(referred patients|BOV participants|BOV pilot participants|municipalities|coaches|programme)/.test(pop))
		return ['not_applicable', 'not_stated'];
	return null; // needs a row rule
}

// ---------------------------------------------------------------------------------------------
// Series (README §3). S4 and S5 each name several concepts; one series id may hold one concept
// only (one unit, no two indicators at the same year/region/breakdown/group), so their extra
// lines get their own ids (see docs/data-notes.md).
// ---------------------------------------------------------------------------------------------
const SERIES = [
	[
		'pa_adult_his',
		'Volwassenen die voldoende bewegen (Gezondheidsenquête)',
		'Adultes suffisamment actifs (Enquête de santé)',
		'Sufficiently active adults (Health Interview Survey)',
		'Breuk in 2018: de IPAQ (30 minuten per dag, alle domeinen, 15+) werd vervangen door de EHIS-PAQ (150 minuten per week, vrije tijd en verplaatsingen, 18+): de cijfers voor en na de breuk zijn niet vergelijkbaar, een verschil is geen daling of stijging.',
		'Rupture en 2018 : l’IPAQ (30 minutes par jour, tous domaines, 15+) a été remplacé par l’EHIS-PAQ (150 minutes par semaine, loisirs et déplacements, 18+) : les chiffres avant et après la rupture ne sont pas comparables, un écart n’est ni une baisse ni une hausse.',
		'Break in 2018: IPAQ (30 minutes a day, all domains, 15+) was replaced by EHIS-PAQ (150 minutes a week, leisure and transport, 18+): figures before and after the break are not comparable, and a difference is neither a fall nor a rise.'
	],
	[
		'depression_his',
		'Depressie (Gezondheidsenquête)',
		'Dépression (Enquête de santé)',
		'Depression (Health Interview Survey)',
		'Breuk in 2018: de SCL-90-R-schaal werd vervangen door de PHQ-9, dus de cijfers van vóór en na 2018 zijn niet vergelijkbaar.',
		'Rupture en 2018 : l’échelle SCL-90-R a été remplacée par le PHQ-9 ; les chiffres d’avant et d’après 2018 ne sont pas comparables.',
		'Break in 2018: the SCL-90-R scale was replaced by the PHQ-9, so values before and after 2018 are not comparable.'
	],
	[
		'anxiety_his',
		'Angst (Gezondheidsenquête)',
		'Anxiété (Enquête de santé)',
		'Anxiety (Health Interview Survey)',
		'Breuk in 2018: de SCL-90-R-schaal werd vervangen door de GAD-7, dus de cijfers voor en na 2018 zijn niet vergelijkbaar.',
		'Rupture en 2018 : l’échelle SCL-90-R a été remplacée par le GAD-7 ; les valeurs avant et après 2018 ne sont pas comparables.',
		'Break in 2018: the SCL-90-R scale was replaced by the GAD-7, so values before and after 2018 are not comparable.'
	],
	[
		'mental_health_monitoring',
		'Ernstige zelfmoordgedachten: Gezondheidsenquête en online enquêtes',
		'Idées suicidaires sérieuses : Enquête de santé et enquêtes en ligne',
		'Serious suicidal thoughts: Health Interview Survey and online surveys',
		'De online COVID-19- en BELHEALTH-enquêtes (open deelname, volwassenen) verschillen in wijze van afname en steekproef van de Gezondheidsenquête (face-to-face, aselecte steekproef); verbind ze nooit met één lijn.',
		'Les enquêtes en ligne COVID-19 et BELHEALTH (participation libre, adultes) diffèrent de l’Enquête de santé (en face à face, échantillon aléatoire) par le mode et l’échantillon ; ne jamais les relier par une seule ligne.',
		'The online COVID-19 and BELHEALTH surveys (open participation, adults) differ from the Health Interview Survey (face to face, random sample) in mode and sampling; never join them with one line.'
	],
	[
		'mental_health_monitoring_suicide_attempt',
		'Zelfmoordpogingen: Gezondheidsenquête en online enquêtes',
		'Tentatives de suicide : Enquête de santé et enquêtes en ligne',
		'Suicide attempts: Health Interview Survey and online surveys',
		'De online enquêtes verschillen in wijze van afname, steekproef en leeftijd van de Gezondheidsenquête; verbind ze nooit met één lijn.',
		'Les enquêtes en ligne diffèrent de l’Enquête de santé par le mode, l’échantillon et l’âge ; ne jamais les relier par une seule ligne.',
		'The online surveys differ from the Health Interview Survey in mode, sampling and age base; never join them with one line.'
	],
	[
		'mental_health_monitoring_life_satisfaction_low',
		'Lage levenstevredenheid: Gezondheidsenquête en online enquêtes',
		'Faible satisfaction de vie : Enquête de santé et enquêtes en ligne',
		'Low life satisfaction: Health Interview Survey and online surveys',
		'De online enquêtes verschillen in wijze van afname en steekproef van de Gezondheidsenquête, en de categorieën zijn niet overal gelijk gedefinieerd; verbind ze nooit met één lijn.',
		'Les enquêtes en ligne diffèrent de l’Enquête de santé par le mode et l’échantillon, et les catégories ne sont pas partout définies de la même façon ; ne jamais les relier par une seule ligne.',
		'The online surveys differ from the Health Interview Survey in mode and sampling, and the categories are not defined the same way everywhere; never join them with one line.'
	],
	[
		'mental_health_monitoring_life_satisfaction_high',
		'Hoge levenstevredenheid: Gezondheidsenquête en online enquêtes',
		'Satisfaction de vie élevée : Enquête de santé et enquêtes en ligne',
		'High life satisfaction: Health Interview Survey and online surveys',
		'De online enquêtes verschillen in wijze van afname en steekproef van de Gezondheidsenquête; verbind ze nooit met één lijn.',
		'Les enquêtes en ligne diffèrent de l’Enquête de santé par le mode et l’échantillon ; ne jamais les relier par une seule ligne.',
		'The online surveys differ from the Health Interview Survey in mode and sampling; never join them with one line.'
	],
	[
		'mental_health_monitoring_life_satisfaction_moderate',
		'Middelmatige levenstevredenheid: Gezondheidsenquête en online enquêtes',
		'Satisfaction de vie moyenne : Enquête de santé et enquêtes en ligne',
		'Moderate life satisfaction: Health Interview Survey and online surveys',
		'De online enquêtes verschillen in wijze van afname en steekproef van de Gezondheidsenquête; verbind ze nooit met één lijn.',
		'Les enquêtes en ligne diffèrent de l’Enquête de santé par le mode et l’échantillon ; ne jamais les relier par une seule ligne.',
		'The online surveys differ from the Health Interview Survey in mode and sampling; never join them with one line.'
	],
	[
		'mental_health_monitoring_life_satisfaction_mean',
		'Gemiddelde levenstevredenheid: Gezondheidsenquête en Preventiebarometer',
		'Satisfaction de vie moyenne (score) : Enquête de santé et Preventiebarometer',
		'Average life satisfaction: Health Interview Survey and Preventiebarometer',
		'Andere enquête, ander gebied (België tegenover alleen Vlaanderen) en andere leeftijdsbasis: de twee cijfers vormen geen trend.',
		'Autre enquête, autre territoire (Belgique contre Flandre seule) et autre base d’âge : les deux chiffres ne forment pas une tendance.',
		'Different survey, area (Belgium versus Flanders only) and age base: the two figures do not form a trend.'
	],
	[
		'sitting',
		'Lang zitten',
		'Position assise prolongée',
		'Prolonged sitting',
		'Gezondheidsenquête 2018, online COVID-19-enquête tijdens de lockdown van 2020 en Eurobarometer (andere drempel en leeftijd) zijn verschillende metingen; alleen Eurobarometer 2013 en 2017 zijn onderling vergelijkbaar.',
		'L’Enquête de santé 2018, l’enquête en ligne COVID-19 pendant le confinement de 2020 et l’Eurobaromètre (autre seuil et autre âge) sont des mesures différentes ; seuls les Eurobaromètres 2013 et 2017 sont comparables entre eux.',
		'The Health Interview Survey 2018, the online COVID-19 survey during the 2020 lockdown and the Eurobarometer (other threshold and age) are different measurements; only Eurobarometer 2013 and 2017 are comparable with each other.'
	],
	[
		'sitting_mean_hours',
		'Gemiddelde zittijd per dag',
		'Temps assis moyen par jour',
		'Average daily sitting time',
		'Andere enquête, ander gebied (België tegenover alleen Vlaanderen) en andere leeftijdsbasis: de twee cijfers vormen geen trend.',
		'Autre enquête, autre territoire (Belgique contre Flandre seule) et autre base d’âge : les deux chiffres ne forment pas une tendance.',
		'Different survey, area (Belgium versus Flanders only) and age base: the two figures do not form a trend.'
	],
	[
		'pa_eu_ehis',
		'Aerobe beweging buiten het werk in de EU (EHIS)',
		'Activité aérobie hors travail dans l’UE (EHIS)',
		'Non-work aerobic activity in the EU (EHIS)',
		'Tussen golf 2 (2014, EU-28) en golf 3 (2019, EU-27) werd de vragenlijst herzien en veranderde het EU-aggregaat; België heeft geen vergelijkbaar cijfer voor 2014.',
		'Entre la vague 2 (2014, UE-28) et la vague 3 (2019, UE-27), le questionnaire a été révisé et l’agrégat européen a changé ; la Belgique n’a pas de chiffre comparable pour 2014.',
		'Between wave 2 (2014, EU-28) and wave 3 (2019, EU-27) the questionnaire was revised and the EU aggregate changed; Belgium has no comparable 2014 value.'
	],
	[
		'pa_insufficient_who',
		'Onvoldoende fysiek actief (WHO-modelschattingen)',
		'Activité physique insuffisante (estimations modélisées de l’OMS)',
		'Insufficient physical activity (WHO model estimates)',
		'Het model werd tussen de publicaties van 2018 en 2024 opnieuw geschat, dus de schattingen van beide artikelen vormen geen lijn; de projectie voor 2030 is geen meting.',
		'Le modèle a été réestimé entre les publications de 2018 et de 2024 ; les estimations des deux articles ne forment donc pas une ligne, et la projection pour 2030 n’est pas une mesure.',
		'The model was re-estimated between the 2018 and 2024 papers, so their estimates do not form one line; the 2030 projection is not a measurement.'
	],
	[
		'pa_youth',
		'Beweging bij kinderen en jongeren',
		'Activité physique des enfants et des jeunes',
		'Physical activity of children and young people',
		'De Voedselconsumptiepeiling (3-17 jaar, WHO-richtlijn) en HBSC (11-18 jaar, elke dag 60 minuten) verschillen in enquête, leeftijd en definitie.',
		'L’Enquête de consommation alimentaire (3-17 ans, recommandation de l’OMS) et HBSC (11-18 ans, 60 minutes chaque jour) diffèrent par l’enquête, l’âge et la définition.',
		'The Food Consumption Survey (ages 3-17, WHO guideline) and HBSC (ages 11-18, 60 minutes every day) differ in survey, ages and definition.'
	],
	[
		'antidepressant_use_his',
		'Gebruik van antidepressiva (Gezondheidsenquête)',
		'Consommation d’antidépresseurs (Enquête de santé)',
		'Antidepressant use (Health Interview Survey)',
		'De referentieperiode verschilt (niet vermeld, 24 uur, 2 weken), dus waarden van verschillende indicatoren zijn niet vergelijkbaar.',
		'La période de référence diffère (non précisée, 24 heures, 2 semaines) ; les valeurs d’indicateurs différents ne sont pas comparables.',
		'The recall period differs (not stated, 24 hours, 2 weeks), so values of different indicators are not comparable.'
	],
	[
		'sport_participation_eu',
		'Wekelijks sporten in de EU (Eurobarometer)',
		'Pratique sportive hebdomadaire dans l’UE (Eurobaromètre)',
		'Weekly sport in the EU (Eurobarometer)',
		'Het EU-aggregaat verandert van EU-28 (2013, 2017) naar EU-27 (2022), dus de EU-waarden vormen geen lijn; EU-SILC 2022 (andere vraag, 16+) staat apart.',
		'L’agrégat européen passe de l’UE-28 (2013, 2017) à l’UE-27 (2022) ; les valeurs européennes ne forment donc pas une ligne. EU-SILC 2022 (autre question, 16+) est présenté à part.',
		'The EU aggregate changes from EU-28 (2013, 2017) to EU-27 (2022), so the EU values do not form one line; EU-SILC 2022 (another question, 16+) is kept apart.'
	]
];

// ---------------------------------------------------------------------------------------------
// Indicators. unit, geography and decimals are derived from the rows; the rest is stated here.
// [id, topic, population, instrument, series, higher_is_better, [label nl, fr, en], [definition nl, fr, en]]
// ---------------------------------------------------------------------------------------------
const HIS_NL = 'Gezondheidsenquête';
const INDICATOR_LIST = [
	[
		'pa_aerobic_who_ehispaq',
		'physical_activity',
		'18+',
		'EHIS-PAQ',
		'pa_adult_his',
		'true',
		[
			'Volwassenen die de WHO-aanbeveling voor aerobe beweging halen',
			'Adultes atteignant la recommandation de l’OMS en activité aérobie',
			'Adults meeting the WHO aerobic activity recommendation'
		],
		[
			'Aandeel volwassenen (18+) dat per week minstens 150 minuten minstens matig intensief beweegt in de vrije tijd of bij verplaatsingen (werk niet meegerekend), gemeten met de EHIS-PAQ-vragenlijst van de Gezondheidsenquête sinds 2018. Voor 2023 spreekt Sciensano van beweging in de vrije tijd; die definitie is nog niet bevestigd.',
			'Part des adultes (18+) qui pratiquent au moins 150 minutes par semaine d’activité physique d’intensité au moins modérée pendant les loisirs ou les déplacements (travail exclu), mesurée par le questionnaire EHIS-PAQ de l’Enquête de santé depuis 2018. Pour 2023, Sciensano parle d’activité pendant le temps libre ; cette définition n’est pas encore confirmée.',
			'Share of adults (18+) doing at least 150 minutes a week of at least moderate-intensity physical activity in leisure time or for transport (work excluded), measured with the EHIS-PAQ questionnaire of the Health Interview Survey since 2018. For 2023 Sciensano speaks of leisure-time activity; that definition is not yet confirmed.'
		]
	],
	[
		'cycling_to_work_weekly',
		'physical_activity',
		'not stated',
		'HIS questionnaire',
		'',
		'true',
		[
			'Minstens één dag per week met de fiets naar het werk',
			'Aller au travail à vélo au moins un jour par semaine',
			'Cycling to work at least one day a week'
		],
		[
			'Aandeel mensen dat minstens één dag per week met de fiets naar het werk gaat, Gezondheidsenquête 2018 en 2023. De bron zegt niet of het om alle volwassenen of alleen om werkenden gaat.',
			'Part des personnes qui se rendent au travail à vélo au moins un jour par semaine, Enquête de santé 2018 et 2023. La source ne précise pas si la base est l’ensemble des adultes ou seulement les personnes qui travaillent.',
			'Share of people who cycle to work on at least one day a week, Health Interview Survey 2018 and 2023. The source does not say whether the base is all adults or only people in work.'
		]
	],
	[
		'pa_30min_day_ipaq',
		'physical_activity',
		'15+',
		'IPAQ short form',
		'pa_adult_his',
		'true',
		[
			'Minstens 30 minuten per dag matig intensief bewegen (IPAQ)',
			'Au moins 30 minutes d’activité physique modérée par jour (IPAQ)',
			'At least 30 minutes of moderate physical activity a day (IPAQ)'
		],
		[
			'Aandeel personen van 15 jaar en ouder dat elke dag minstens 30 minuten minstens matig intensief beweegt, in alle domeinen (werk, huishouden, verplaatsingen, vrije tijd), gemeten met de korte IPAQ-vragenlijst van de Gezondheidsenquête 2001-2013. Niet vergelijkbaar met de EHIS-PAQ-indicator die sinds 2018 wordt gebruikt.',
			'Part des personnes de 15 ans et plus qui consacrent chaque jour au moins 30 minutes à une activité physique au moins modérée, tous domaines confondus (travail, ménage, déplacements, loisirs), mesurée par la version courte de l’IPAQ dans l’Enquête de santé 2001-2013. Non comparable avec l’indicateur EHIS-PAQ utilisé depuis 2018.',
			'Share of people aged 15 and over who spend at least 30 minutes a day on at least moderate physical activity in all domains (work, household, transport, leisure), measured with the short IPAQ in the Health Interview Survey 2001-2013. Not comparable with the EHIS-PAQ indicator used since 2018.'
		]
	],
	[
		'sitting_over_8h_day',
		'sitting',
		'18+',
		'HIS questionnaire',
		'sitting',
		'false',
		[
			'Meer dan 8 uur per dag zitten of rusten',
			'Plus de 8 heures par jour assis ou au repos',
			'Sitting or resting more than 8 hours a day'
		],
		[
			'Aandeel volwassenen dat meer dan 8 uur per dag zit of rust, Gezondheidsenquête 2018. Het cijfer is alleen bekend uit een persvergelijking van 2020; de leeftijdsbasis is niet vermeld.',
			'Part des adultes assis ou au repos plus de 8 heures par jour, Enquête de santé 2018. Le chiffre n’est connu que par une comparaison publiée dans la presse en 2020 ; la base d’âge n’est pas précisée.',
			'Share of adults who sit or rest more than 8 hours a day, Health Interview Survey 2018. The figure is known only from a 2020 press comparison; the age base is not stated.'
		]
	],
	[
		'sitting_over_8h_day_online',
		'sitting',
		'18+',
		'COVID-19 Health Survey questionnaire',
		'sitting',
		'false',
		[
			'Meer dan 8 uur per dag zitten of rusten (online COVID-19-enquête)',
			'Plus de 8 heures par jour assis ou au repos (enquête COVID-19 en ligne)',
			'Sitting or resting more than 8 hours a day (online COVID-19 survey)'
		],
		[
			'Aandeel personen van 18 jaar en ouder dat meer dan 8 uur per dag zit of rust, online COVID-19-gezondheidsenquête van april 2020, tijdens de lockdown. Open online-enquête, niet vergelijkbaar met de Gezondheidsenquête.',
			'Part des personnes de 18 ans et plus assises ou au repos plus de 8 heures par jour, enquête de santé COVID-19 en ligne d’avril 2020, pendant le confinement. Enquête en ligne ouverte, non comparable avec l’Enquête de santé.',
			'Share of people aged 18 and over who sit or rest more than 8 hours a day, online COVID-19 Health Survey of April 2020, during the lockdown. Open online survey, not comparable with the Health Interview Survey.'
		]
	],
	[
		'pa_change_covid_more',
		'physical_activity',
		'18+',
		'COVID-19 Health Survey questionnaire',
		'',
		'',
		[
			'Meer bewegen sinds de COVID-19-maatregelen',
			'Plus d’activité physique depuis les mesures COVID-19',
			'More physical activity since the COVID-19 measures'
		],
		[
			'Aandeel personen van 18 jaar en ouder dat zegt meer te bewegen dan vóór de COVID-19-maatregelen, online COVID-19-gezondheidsenquête van april 2020.',
			'Part des personnes de 18 ans et plus qui déclarent faire plus d’activité physique qu’avant les mesures COVID-19, enquête de santé COVID-19 en ligne d’avril 2020.',
			'Share of people aged 18 and over who report doing more physical activity than before the COVID-19 measures, online COVID-19 Health Survey of April 2020.'
		]
	],
	[
		'pa_change_covid_less',
		'physical_activity',
		'18+',
		'COVID-19 Health Survey questionnaire',
		'',
		'',
		[
			'Minder bewegen sinds de COVID-19-maatregelen',
			'Moins d’activité physique depuis les mesures COVID-19',
			'Less physical activity since the COVID-19 measures'
		],
		[
			'Aandeel personen van 18 jaar en ouder dat zegt minder te bewegen dan vóór de COVID-19-maatregelen, online COVID-19-gezondheidsenquête van april 2020.',
			'Part des personnes de 18 ans et plus qui déclarent faire moins d’activité physique qu’avant les mesures COVID-19, enquête de santé COVID-19 en ligne d’avril 2020.',
			'Share of people aged 18 and over who report doing less physical activity than before the COVID-19 measures, online COVID-19 Health Survey of April 2020.'
		]
	],
	[
		'pa_150min_mvpa_gezondleven',
		'physical_activity',
		'18-64',
		'EHIS-PAQ (Gezond Leven analysis)',
		'',
		'true',
		[
			'Minstens 150 minuten per week matig tot hoog intensief bewegen (Gezond Leven)',
			'Au moins 150 minutes par semaine d’activité modérée à intense (Gezond Leven)',
			'At least 150 minutes a week of moderate to vigorous activity (Gezond Leven)'
		],
		[
			'Aandeel volwassenen in het Vlaams Gewest dat minstens 150 minuten per week matig tot hoog intensief beweegt, analyse van de Gezondheidsenquête 2018 (EHIS-PAQ) door Gezond Leven. De meegetelde domeinen zijn niet vermeld (waarschijnlijk met werk), dus niet vergelijkbaar met de WHO-indicator voor vrije tijd en verplaatsingen.',
			'Part des adultes de la Région flamande qui pratiquent au moins 150 minutes par semaine d’activité physique modérée à intense, analyse de l’Enquête de santé 2018 (EHIS-PAQ) par Gezond Leven. Les domaines comptés ne sont pas précisés (travail probablement compris) ; non comparable avec l’indicateur OMS loisirs et déplacements.',
			'Share of adults in the Flemish Region doing at least 150 minutes a week of moderate to vigorous physical activity, Gezond Leven analysis of the Health Interview Survey 2018 (EHIS-PAQ). The activity domains are not stated (probably including work), so it is not comparable with the WHO leisure-and-transport indicator.'
		]
	],
	[
		'muscle_strengthening_2x_week',
		'physical_activity',
		'not stated',
		'EHIS-PAQ',
		'',
		'true',
		[
			'Minstens twee keer per week spierversterkende activiteiten',
			'Renforcement musculaire au moins deux fois par semaine',
			'Muscle-strengthening activities at least twice a week'
		],
		[
			'Aandeel Vlamingen dat minstens twee keer per week spierversterkende activiteiten doet, Gezondheidsenquête 2018 (EHIS-PAQ), gepubliceerd door Gezond Leven. De leeftijdsbasis is niet vermeld.',
			'Part des Flamands pratiquant des activités de renforcement musculaire au moins deux fois par semaine, Enquête de santé 2018 (EHIS-PAQ), publiée par Gezond Leven. La base d’âge n’est pas précisée.',
			'Share of people in Flanders doing muscle-strengthening activities at least twice a week, Health Interview Survey 2018 (EHIS-PAQ), published by Gezond Leven. The age base is not stated.'
		]
	],
	[
		'cycling_any_purpose_weekly',
		'physical_activity',
		'18+',
		'HIS questionnaire',
		'',
		'true',
		[
			'Minstens één dag per week fietsen',
			'Faire du vélo au moins un jour par semaine',
			'Cycling on at least one day a week'
		],
		[
			'Aandeel volwassen Vlamingen dat op minstens één dag per week fietst, naar diploma, Gezondheidsenquête 2018 (Gezond Leven). Het doel van de verplaatsingen is niet vermeld.',
			'Part des adultes flamands qui font du vélo au moins un jour par semaine, selon le diplôme, Enquête de santé 2018 (Gezond Leven). Le motif des trajets n’est pas précisé.',
			'Share of adults in Flanders who cycle on at least one day a week, by diploma, Health Interview Survey 2018 (Gezond Leven). The purpose of the trips is not stated.'
		]
	],
	[
		'sitting_mean_hours_day',
		'sitting',
		'15+',
		'HIS questionnaire',
		'sitting_mean_hours',
		'false',
		[
			'Gemiddeld aantal uren per dag zitten',
			'Nombre moyen d’heures assis par jour',
			'Average hours a day spent sitting'
		],
		[
			'Gemiddeld aantal uren per dag dat personen van 15 jaar en ouder tijdens de wakkere uren zittend of rustend doorbrengen, Gezondheidsenquête 2018.',
			'Nombre moyen d’heures par jour passées assis ou au repos pendant les heures d’éveil, personnes de 15 ans et plus, Enquête de santé 2018.',
			'Average number of hours a day spent sitting or resting during waking hours, people aged 15 and over, Health Interview Survey 2018.'
		]
	],
	[
		'youth_pa_guideline_fcs',
		'physical_activity',
		'3-17',
		'FCS questionnaire and measurements',
		'pa_youth',
		'true',
		[
			'Kinderen en jongeren die de WHO-bewegingsrichtlijnen halen',
			'Enfants et adolescents respectant les recommandations de l’OMS en activité physique',
			'Children and adolescents meeting the WHO physical activity guidelines'
		],
		[
			'Aandeel kinderen en jongeren dat de WHO-richtlijnen haalt (3-4 jaar: 180 minuten per dag, waarvan 60 minuten matig tot hoog intensief; 5-17 jaar: gemiddeld 60 minuten per dag matig tot hoog intensief plus 3 dagen per week hoog intensief), Voedselconsumptiepeiling (vragenlijst en metingen).',
			'Part des enfants et adolescents qui respectent les recommandations de l’OMS (3-4 ans : 180 minutes par jour dont 60 minutes d’intensité modérée à élevée ; 5-17 ans : en moyenne 60 minutes par jour d’intensité modérée à élevée et une activité intense 3 jours par semaine), Enquête de consommation alimentaire (questionnaire et mesures).',
			'Share of children and adolescents meeting the WHO guidelines (ages 3-4: 180 minutes a day including 60 minutes of moderate-to-vigorous activity; ages 5-17: on average 60 minutes a day of moderate-to-vigorous activity plus vigorous activity on 3 days a week), Food Consumption Survey (questionnaire and measurements).'
		]
	],
	[
		'youth_active_transport_school',
		'physical_activity',
		'3-17',
		'FCS questionnaire',
		'',
		'true',
		[
			'Te voet, met de fiets of met de step naar school',
			'Aller à l’école à pied, à vélo ou en trottinette',
			'Walking, cycling or scootering to school'
		],
		[
			'Aandeel kinderen (3-9 jaar) en jongeren (10-17 jaar) dat te voet, met de fiets of met een niet-elektrische step naar school gaat, Voedselconsumptiepeiling 2022-2023.',
			'Part des enfants (3-9 ans) et des adolescents (10-17 ans) qui se rendent à l’école à pied, à vélo ou en trottinette non électrique, Enquête de consommation alimentaire 2022-2023.',
			'Share of children (3-9) and adolescents (10-17) who walk, cycle or use a non-electric scooter to get to school, Food Consumption Survey 2022-2023.'
		]
	],
	[
		'youth_sports_club_member',
		'physical_activity',
		'3-9',
		'FCS questionnaire',
		'',
		'true',
		['Lid van een sportclub', 'Membre d’un club sportif', 'Member of a sports club'],
		[
			'Aandeel kinderen van 3 tot 9 jaar dat lid is van een sportclub, Voedselconsumptiepeiling 2022-2023.',
			'Part des enfants de 3 à 9 ans membres d’un club sportif, Enquête de consommation alimentaire 2022-2023.',
			'Share of children aged 3 to 9 who are members of a sports club, Food Consumption Survey 2022-2023.'
		]
	],
	[
		'youth_mvpa_60min_daily',
		'physical_activity',
		'11-18',
		'HBSC questionnaire (survey inferred)',
		'pa_youth',
		'true',
		[
			'Jongeren die elke dag minstens 60 minuten matig tot hoog intensief bewegen',
			'Jeunes actifs au moins 60 minutes par jour à intensité modérée à élevée',
			'Young people doing at least 60 minutes of moderate-to-vigorous activity every day'
		],
		[
			'Aandeel jongeren van 11 tot 18 jaar dat elke dag minstens 60 minuten matig tot hoog intensief beweegt (WHO-aanbeveling), 2018. De enquête is waarschijnlijk HBSC; de bron noemt ze niet.',
			'Part des jeunes de 11 à 18 ans qui pratiquent chaque jour au moins 60 minutes d’activité physique d’intensité modérée à élevée (recommandation de l’OMS), 2018. L’enquête est probablement HBSC ; la source ne la nomme pas.',
			'Share of young people aged 11 to 18 doing at least 60 minutes of moderate-to-vigorous physical activity every day (WHO recommendation), 2018. The survey is probably HBSC; the source does not name it.'
		]
	],
	[
		'pa_aerobic_150min_eurostat',
		'physical_activity',
		'18+',
		'EHIS-PAQ (Eurostat hlth_ehis_pe2e, MN_GE150)',
		'',
		'true',
		[
			'Minstens 150 minuten per week aerobe beweging buiten het werk (Eurostat)',
			'Au moins 150 minutes par semaine d’activité aérobie hors travail (Eurostat)',
			'At least 150 minutes a week of non-work aerobic activity (Eurostat)'
		],
		[
			'Aandeel personen dat minstens 150 minuten per week besteedt aan gezondheidsbevorderende aerobe beweging buiten het werk, Eurostat-tabel hlth_ehis_pe2e (EHIS golf 3 = Gezondheidsenquête 2018), leeftijdsbasis per rij (18+ of 15+). Eurostat rekent anders dan Sciensano (wandelen waarschijnlijk niet meegeteld; niet bevestigd).',
			'Part des personnes consacrant au moins 150 minutes par semaine à une activité physique aérobie bénéfique pour la santé hors travail, tableau Eurostat hlth_ehis_pe2e (EHIS vague 3 = Enquête de santé 2018), base d’âge indiquée par ligne (18+ ou 15+). Eurostat calcule autrement que Sciensano (marche probablement exclue ; non confirmé).',
			'Share of people spending at least 150 minutes a week on health-enhancing non-work aerobic physical activity, Eurostat table hlth_ehis_pe2e (EHIS wave 3 = Health Interview Survey 2018), age base given per row (18+ or 15+). Eurostat’s derivation differs from Sciensano’s (walking probably not counted; not confirmed).'
		]
	],
	[
		'muscle_strengthening_2x_week_eurostat',
		'physical_activity',
		'18+',
		'EHIS-PAQ (Eurostat hlth_ehis_pe9e, MV_MSC)',
		'',
		'true',
		[
			'Minstens twee keer per week spierversterkende activiteiten (Eurostat)',
			'Renforcement musculaire au moins deux fois par semaine (Eurostat)',
			'Muscle-strengthening activities at least twice a week (Eurostat)'
		],
		[
			'Aandeel personen van 18 jaar en ouder dat minstens twee keer per week spierversterkende activiteiten doet, Eurostat-tabel hlth_ehis_pe9e (MV_MSC; EHIS golf 3 = Gezondheidsenquête 2018). De drempel van twee keer per week is niet bevestigd in het opgeslagen bestand.',
			'Part des personnes de 18 ans et plus pratiquant des activités de renforcement musculaire au moins deux fois par semaine, tableau Eurostat hlth_ehis_pe9e (MV_MSC ; EHIS vague 3 = Enquête de santé 2018). Le seuil de deux fois par semaine n’est pas confirmé dans le fichier conservé.',
			'Share of people aged 18 and over doing muscle-strengthening activities at least twice a week, Eurostat table hlth_ehis_pe9e (MV_MSC; EHIS wave 3 = Health Interview Survey 2018). The twice-a-week threshold is not confirmed in the stored file.'
		]
	],
	[
		'pa_aerobic_and_muscle_eurostat',
		'physical_activity',
		'18-64',
		'EHIS-PAQ (Eurostat hlth_ehis_pe9e, MV_AERO_MSC)',
		'',
		'true',
		[
			'Zowel de aerobe als de spierversterkende aanbeveling halen (Eurostat)',
			'Atteindre la recommandation aérobie et celle de renforcement musculaire (Eurostat)',
			'Meeting both the aerobic and the muscle-strengthening recommendation (Eurostat)'
		],
		[
			'Aandeel personen van 18 tot 64 jaar dat zowel minstens 150 minuten per week aerobe beweging buiten het werk als spierversterkende activiteiten haalt, Eurostat-tabel hlth_ehis_pe9e (MV_AERO_MSC; EHIS golf 3 = Gezondheidsenquête 2018).',
			'Part des personnes de 18 à 64 ans qui atteignent à la fois au moins 150 minutes par semaine d’activité aérobie hors travail et la recommandation de renforcement musculaire, tableau Eurostat hlth_ehis_pe9e (MV_AERO_MSC ; EHIS vague 3 = Enquête de santé 2018).',
			'Share of people aged 18 to 64 meeting both at least 150 minutes a week of non-work aerobic activity and the muscle-strengthening recommendation, Eurostat table hlth_ehis_pe9e (MV_AERO_MSC; EHIS wave 3 = Health Interview Survey 2018).'
		]
	],
	[
		'barrier_lack_of_time',
		'intention',
		'18+',
		'Preventiebarometer questionnaire',
		'',
		'',
		[
			'Tijdgebrek als belemmering om meer te bewegen',
			'Manque de temps comme obstacle pour bouger davantage',
			'Lack of time as a barrier to moving more'
		],
		[
			'Aandeel dat tijdgebrek noemt als grote belemmering om meer te bewegen, volwassenen in Vlaanderen, Preventiebarometer 2022. Waarschijnlijk berekend op de volwassenen die te weinig bewegen; de bron zegt dat niet uitdrukkelijk.',
			'Part des personnes qui citent le manque de temps comme obstacle important pour bouger davantage, adultes en Flandre, Preventiebarometer 2022. Probablement calculée sur les adultes insuffisamment actifs ; la source ne le dit pas explicitement.',
			'Share naming lack of time as a major barrier to moving more, adults in Flanders, Preventiebarometer 2022. Probably based on the adults who are insufficiently active; the source does not say so explicitly.'
		]
	],
	[
		'sitting_resting_time_mean_hours',
		'sitting',
		'18+',
		'Preventiebarometer questionnaire',
		'sitting_mean_hours',
		'false',
		[
			'Gemiddelde tijd per dag rusten of stilzitten (Preventiebarometer)',
			'Temps moyen par jour au repos ou assis (Preventiebarometer)',
			'Average daily time resting or sitting still (Preventiebarometer)'
		],
		[
			'Gemiddeld aantal uren per dag dat volwassenen (18+) in Vlaanderen overdag rusten of stilzitten, Preventiebarometer 2022 (online of schriftelijke vragenlijst).',
			'Nombre moyen d’heures par jour pendant lesquelles les adultes (18+) en Flandre se reposent ou restent assis en journée, Preventiebarometer 2022 (questionnaire en ligne ou papier).',
			'Average number of hours a day that adults (18+) in Flanders spend resting or sitting still during the day, Preventiebarometer 2022 (online or paper questionnaire).'
		]
	],
	[
		'insufficient_pa_who_guthold2018',
		'international',
		'18+',
		'model estimate (pooled population surveys)',
		'pa_insufficient_who',
		'false',
		[
			'Onvoldoende fysiek actief (WHO-modelschatting, Guthold 2018)',
			'Activité physique insuffisante (estimation modélisée de l’OMS, Guthold 2018)',
			'Insufficiently physically active (WHO model estimate, Guthold 2018)'
		],
		[
			'Aandeel volwassenen (18+) dat per week niet aan 150 minuten matige of 75 minuten intensieve beweging (of een gelijkwaardige combinatie) komt, alle domeinen met inbegrip van werk en huishouden; modelschatting voor 2016 van Guthold e.a. (Lancet Global Health 2018) uit 358 bevolkingsenquêtes.',
			'Part des adultes (18+) qui n’atteignent pas 150 minutes d’activité modérée ou 75 minutes d’activité intense par semaine (ou une combinaison équivalente), tous domaines y compris travail et ménage ; estimation modélisée pour 2016 de Guthold et al. (Lancet Global Health 2018) à partir de 358 enquêtes.',
			'Share of adults (18+) not reaching 150 minutes of moderate or 75 minutes of vigorous activity a week (or an equivalent combination), counting all domains including work and household; model estimate for 2016 by Guthold et al. (Lancet Global Health 2018) from 358 population surveys.'
		]
	],
	[
		'insufficient_pa_who_strain2024',
		'international',
		'18+',
		'model estimate (Bayesian, 507 surveys)',
		'pa_insufficient_who',
		'false',
		[
			'Onvoldoende fysiek actief (WHO-modelschatting, Strain 2024)',
			'Activité physique insuffisante (estimation modélisée de l’OMS, Strain 2024)',
			'Insufficiently physically active (WHO model estimate, Strain 2024)'
		],
		[
			'Aandeel volwassenen (18+) dat per week niet aan 150 minuten matige of 75 minuten intensieve beweging (of een gelijkwaardige combinatie) komt, alle domeinen; voor leeftijd gestandaardiseerde Bayesiaanse modelschatting van Strain e.a. (Lancet Global Health 2024) uit 507 enquêtes in 163 landen.',
			'Part des adultes (18+) qui n’atteignent pas 150 minutes d’activité modérée ou 75 minutes d’activité intense par semaine (ou une combinaison équivalente), tous domaines ; estimation bayésienne standardisée pour l’âge de Strain et al. (Lancet Global Health 2024) à partir de 507 enquêtes dans 163 pays.',
			'Share of adults (18+) not reaching 150 minutes of moderate or 75 minutes of vigorous activity a week (or an equivalent combination), all domains; age-standardised Bayesian model estimate by Strain et al. (Lancet Global Health 2024) from 507 surveys in 163 countries.'
		]
	],
	[
		'insufficient_pa_who_strain2024_projection',
		'international',
		'18+',
		'model projection (Strain et al. 2024)',
		'pa_insufficient_who',
		'false',
		[
			'Onvoldoende fysiek actief: projectie voor 2030 (Strain 2024)',
			'Activité physique insuffisante : projection pour 2030 (Strain 2024)',
			'Insufficiently physically active: projection for 2030 (Strain 2024)'
		],
		[
			'Verwacht aandeel onvoldoende actieve volwassenen (18+) wereldwijd in 2030 als de trend zich voortzet, projectie van Strain e.a. (Lancet Global Health 2024) zoals geciteerd door de WHO. Een projectie, geen meting.',
			'Part attendue d’adultes (18+) insuffisamment actifs dans le monde en 2030 si la tendance se poursuit, projection de Strain et al. (Lancet Global Health 2024) citée par l’OMS. Une projection, pas une mesure.',
			'Expected share of insufficiently active adults (18+) worldwide in 2030 if the trend continues, projection by Strain et al. (Lancet Global Health 2024) as quoted by WHO. A projection, not a measurement.'
		]
	],
	[
		'eb_never_sport',
		'international',
		'15+',
		'Eurobarometer question',
		'',
		'false',
		[
			'Nooit sporten of aan lichaamsbeweging doen (Eurobarometer)',
			'Ne jamais faire de sport ni d’exercice (Eurobaromètre)',
			'Never exercising or playing sport (Eurobarometer)'
		],
		[
			'Aandeel personen van 15 jaar en ouder dat zegt nooit te sporten of aan lichaamsbeweging te doen, Speciale Eurobarometer over sport en lichaamsbeweging (2009, 2013, 2017, 2022; face-to-face-interviews).',
			'Part des personnes de 15 ans et plus qui déclarent ne jamais faire de sport ni d’exercice physique, Eurobaromètre spécial sur le sport et l’activité physique (2009, 2013, 2017, 2022 ; entretiens en face à face).',
			'Share of people aged 15 and over who say they never exercise or play sport, Special Eurobarometer on sport and physical activity (2009, 2013, 2017, 2022; face-to-face interviews).'
		]
	],
	[
		'eb_sport_weekly',
		'international',
		'15+',
		'Eurobarometer question',
		'sport_participation_eu',
		'true',
		[
			'Minstens één keer per week sporten (Eurobarometer)',
			'Faire du sport au moins une fois par semaine (Eurobaromètre)',
			'Exercising or playing sport at least once a week (Eurobarometer)'
		],
		[
			'Aandeel personen van 15 jaar en ouder dat minstens één keer per week sport of aan lichaamsbeweging doet (de categorieën "regelmatig" en "met enige regelmaat"), Speciale Eurobarometer over sport en lichaamsbeweging (2013, 2017, 2022).',
			'Part des personnes de 15 ans et plus qui font du sport ou de l’exercice au moins une fois par semaine (catégories « régulièrement » et « avec une certaine régularité »), Eurobaromètre spécial sur le sport et l’activité physique (2013, 2017, 2022).',
			'Share of people aged 15 and over who exercise or play sport at least once a week (the categories "regularly" and "with some regularity"), Special Eurobarometer on sport and physical activity (2013, 2017, 2022).'
		]
	],
	[
		'eb_sport_less_than_weekly',
		'international',
		'15+',
		'Eurobarometer question',
		'',
		'',
		[
			'Minder dan één keer per week sporten (Eurobarometer)',
			'Faire du sport moins d’une fois par semaine (Eurobaromètre)',
			'Exercising or playing sport less than once a week (Eurobarometer)'
		],
		[
			'Aandeel personen van 15 jaar en ouder dat minder dan één keer per week (maar niet nooit) sport of aan lichaamsbeweging doet, Speciale Eurobarometer 525 (2022).',
			'Part des personnes de 15 ans et plus qui font du sport ou de l’exercice moins d’une fois par semaine (mais pas jamais), Eurobaromètre spécial 525 (2022).',
			'Share of people aged 15 and over who exercise or play sport less than once a week (but not never), Special Eurobarometer 525 (2022).'
		]
	],
	[
		'eb_sport_with_some_regularity',
		'international',
		'15+',
		'Eurobarometer question',
		'',
		'',
		[
			'Met enige regelmaat sporten (Eurobarometer)',
			'Faire du sport avec une certaine régularité (Eurobaromètre)',
			'Exercising or playing sport with some regularity (Eurobarometer)'
		],
		[
			'Aandeel personen dat "met enige regelmaat" sport of aan lichaamsbeweging doet, per leeftijdsgroep vanaf 15 jaar, Speciale Eurobarometer 525 (2022). In de Eurobarometer betekent dat 1 tot 4 keer per week; het label "minstens één keer per week" van de bron moet nog worden nagekeken.',
			'Part des personnes qui font du sport ou de l’exercice « avec une certaine régularité », par groupe d’âge à partir de 15 ans, Eurobaromètre spécial 525 (2022). Dans l’Eurobaromètre, cela signifie 1 à 4 fois par semaine ; le libellé « au moins une fois par semaine » de la source reste à vérifier.',
			'Share of people who exercise or play sport "with some regularity", by age group from age 15, Special Eurobarometer 525 (2022). In the Eurobarometer this means 1 to 4 times a week; the source’s label "at least once a week" still has to be checked.'
		]
	],
	[
		'eb_barrier',
		'intention',
		'15+',
		'Eurobarometer question',
		'',
		'',
		[
			'Belemmeringen om te sporten (Eurobarometer)',
			'Obstacles à la pratique sportive (Eurobaromètre)',
			'Barriers to exercising or playing sport (Eurobarometer)'
		],
		[
			'Aandeel personen van 15 jaar en ouder in de EU dat een bepaalde reden noemt die hen belet (meer) te sporten, Speciale Eurobarometer 525 (2022), cijfers uit een secundaire bron.',
			'Part des personnes de 15 ans et plus dans l’UE qui citent un motif les empêchant de faire (plus) de sport, Eurobaromètre spécial 525 (2022), chiffres issus d’une source secondaire.',
			'Share of people aged 15 and over in the EU naming a given reason that keeps them from exercising or playing sport (more), Special Eurobarometer 525 (2022), figures from a secondary source.'
		]
	],
	[
		'eb_other_pa_weekly',
		'international',
		'15+',
		'Eurobarometer question',
		'',
		'true',
		[
			'Minstens één keer per week andere lichaamsbeweging (Eurobarometer)',
			'Autre activité physique au moins une fois par semaine (Eurobaromètre)',
			'Other physical activity at least once a week (Eurobarometer)'
		],
		[
			'Aandeel personen van 15 jaar en ouder dat minstens één keer per week andere lichaamsbeweging doet dan sport (zoals fietsen, tuinieren of dansen), Speciale Eurobarometer 472 (2017).',
			'Part des personnes de 15 ans et plus qui pratiquent au moins une fois par semaine une activité physique autre que le sport (vélo, jardinage, danse…), Eurobaromètre spécial 472 (2017).',
			'Share of people aged 15 and over doing physical activity other than sport (such as cycling, gardening or dancing) at least once a week, Special Eurobarometer 472 (2017).'
		]
	],
	[
		'eb_sitting_time_distribution',
		'sitting',
		'15+',
		'Eurobarometer question',
		'sitting',
		'',
		[
			'Dagelijkse zittijd (Eurobarometer)',
			'Temps passé assis par jour (Eurobaromètre)',
			'Daily sitting time (Eurobarometer)'
		],
		[
			'Verdeling van de personen van 15 jaar en ouder naar de tijd die ze op een gewone dag zittend doorbrengen (hoogstens 2,5 uur, 2,5-5,5 uur, 5,5-8,5 uur, meer dan 8,5 uur), Speciale Eurobarometer 412 (2013) en 472 (2017).',
			'Répartition des personnes de 15 ans et plus selon le temps passé assis un jour habituel (2,5 heures au plus, 2,5-5,5 heures, 5,5-8,5 heures, plus de 8,5 heures), Eurobaromètres spéciaux 412 (2013) et 472 (2017).',
			'Distribution of people aged 15 and over by the time they spend sitting on a usual day (at most 2.5 hours, 2.5-5.5 hours, 5.5-8.5 hours, more than 8.5 hours), Special Eurobarometer 412 (2013) and 472 (2017).'
		]
	],
	[
		'eb_seldom_sport',
		'international',
		'15+',
		'Eurobarometer question',
		'',
		'',
		[
			'Zelden sporten (Eurobarometer)',
			'Faire rarement du sport (Eurobaromètre)',
			'Seldom exercising or playing sport (Eurobarometer)'
		],
		[
			'Aandeel personen van 15 jaar en ouder dat zegt zelden te sporten of aan lichaamsbeweging te doen, Speciale Eurobarometer 412 (2013).',
			'Part des personnes de 15 ans et plus qui déclarent faire rarement du sport ou de l’exercice, Eurobaromètre spécial 412 (2013).',
			'Share of people aged 15 and over who say they seldom exercise or play sport, Special Eurobarometer 412 (2013).'
		]
	],
	[
		'eb_regular_sport',
		'international',
		'15+',
		'Eurobarometer question',
		'',
		'true',
		[
			'Regelmatig sporten (Eurobarometer)',
			'Faire régulièrement du sport (Eurobaromètre)',
			'Exercising or playing sport regularly (Eurobarometer)'
		],
		[
			'Aandeel personen van 15 jaar en ouder dat "regelmatig" sport of aan lichaamsbeweging doet (in de Eurobarometer: minstens vijf keer per week), Speciale Eurobarometer 334 (2009) en 412 (2013).',
			'Part des personnes de 15 ans et plus qui font « régulièrement » du sport ou de l’exercice (dans l’Eurobaromètre : au moins cinq fois par semaine), Eurobaromètres spéciaux 334 (2009) et 412 (2013).',
			'Share of people aged 15 and over who exercise or play sport "regularly" (in the Eurobarometer: at least five times a week), Special Eurobarometer 334 (2009) and 412 (2013).'
		]
	],
	[
		'eb_other_pa_never',
		'international',
		'15+',
		'Eurobarometer question',
		'',
		'false',
		[
			'Nooit andere lichaamsbeweging (Eurobarometer)',
			'Jamais d’autre activité physique (Eurobaromètre)',
			'Never doing other physical activity (Eurobarometer)'
		],
		[
			'Aandeel personen van 15 jaar en ouder dat nooit andere lichaamsbeweging doet dan sport (zoals fietsen, dansen of tuinieren), Speciale Eurobarometer 412 (2013).',
			'Part des personnes de 15 ans et plus qui ne pratiquent jamais d’autre activité physique que le sport (vélo, danse, jardinage…), Eurobaromètre spécial 412 (2013).',
			'Share of people aged 15 and over who never do physical activity other than sport (such as cycling, dancing or gardening), Special Eurobarometer 412 (2013).'
		]
	],
	[
		'eb_other_pa_regular_or_some',
		'international',
		'15+',
		'Eurobarometer question',
		'',
		'true',
		[
			'Regelmatig of met enige regelmaat andere lichaamsbeweging (Eurobarometer)',
			'Autre activité physique régulière ou assez régulière (Eurobaromètre)',
			'Other physical activity regularly or with some regularity (Eurobarometer)'
		],
		[
			'Aandeel personen van 15 jaar en ouder dat regelmatig of "met enige regelmaat" andere lichaamsbeweging doet dan sport, Speciale Eurobarometer 412 (2013), zoals gemeld door de pers.',
			'Part des personnes de 15 ans et plus qui pratiquent régulièrement ou « avec une certaine régularité » une activité physique autre que le sport, Eurobaromètre spécial 412 (2013), selon la presse.',
			'Share of people aged 15 and over doing physical activity other than sport regularly or "with some regularity", Special Eurobarometer 412 (2013), as reported by the press.'
		]
	],
	[
		'silc_sport_weekly',
		'international',
		'16+',
		'EU-SILC question',
		'',
		'true',
		[
			'Minstens één keer per week sporten buiten de werkuren (EU-SILC)',
			'Faire du sport au moins une fois par semaine en dehors du travail (EU-SILC)',
			'Sport at least once a week outside working hours (EU-SILC)'
		],
		[
			'Aandeel personen van 16 jaar en ouder dat in een gewone week minstens één keer sport of aan lichaamsbeweging doet buiten de werkuren, ad-hocmodule van EU-SILC 2022 (Statbel/Eurostat).',
			'Part des personnes de 16 ans et plus qui font du sport ou une activité physique au moins une fois par semaine en dehors des heures de travail, module ad hoc d’EU-SILC 2022 (Statbel/Eurostat).',
			'Share of people aged 16 and over doing sport or physical activity outside working hours at least once in a typical week, EU-SILC 2022 ad hoc module (Statbel/Eurostat).'
		]
	],
	[
		'silc_sport_weekly_edu_gap',
		'international',
		'16+',
		'EU-SILC question',
		'',
		'false',
		[
			'Onderwijskloof in wekelijks sporten (EU-SILC)',
			'Écart selon l’instruction dans la pratique sportive hebdomadaire (EU-SILC)',
			'Education gap in weekly sport (EU-SILC)'
		],
		[
			'Verschil in procentpunten tussen hoog- en laagopgeleiden in het aandeel dat minstens één keer per week sport buiten de werkuren, 16 jaar en ouder, EU-SILC 2022.',
			'Écart en points de pourcentage entre personnes à niveau d’instruction élevé et faible dans la part de celles qui font du sport au moins une fois par semaine en dehors du travail, 16 ans et plus, EU-SILC 2022.',
			'Difference in percentage points between people with high and low education in the share doing sport at least once a week outside working hours, ages 16 and over, EU-SILC 2022.'
		]
	],
	[
		'ehis_aerobic_150min_nonwork',
		'international',
		'18+',
		'EHIS-PAQ (OECD Health at a Glance)',
		'',
		'true',
		[
			'Minstens 150 minuten per week beweging buiten het werk (OECD, EU-gemiddelde)',
			'Au moins 150 minutes par semaine d’activité hors travail (OCDE, moyenne UE)',
			'At least 150 minutes a week of non-work physical activity (OECD, EU average)'
		],
		[
			'Aandeel volwassenen dat minstens 150 minuten per week lichaamsbeweging buiten het werk rapporteert, Europese gezondheidsenquête golf 3 (2019), zoals gepubliceerd door OESO en Europese Commissie in Health at a Glance: Europe 2022; gemiddelde over de EU-landen, waarschijnlijk ongewogen.',
			'Part des adultes qui déclarent au moins 150 minutes d’activité physique hors travail par semaine, Enquête européenne par interview sur la santé vague 3 (2019), publiée par l’OCDE et la Commission européenne dans Health at a Glance: Europe 2022 ; moyenne des pays de l’UE, probablement non pondérée.',
			'Share of adults reporting at least 150 minutes a week of non-work physical activity, European Health Interview Survey wave 3 (2019), as published by the OECD and the European Commission in Health at a Glance: Europe 2022; average across EU countries, probably unweighted.'
		]
	],
	[
		'ehis_no_nonwork_pa',
		'international',
		'18+',
		'EHIS-PAQ (OECD Health at a Glance)',
		'',
		'false',
		[
			'Geen lichaamsbeweging buiten het werk (OECD)',
			'Aucune activité physique hors travail (OCDE)',
			'No non-work physical activity (OECD)'
		],
		[
			'Aandeel volwassenen in de EU dat geen lichaamsbeweging buiten het werk rapporteert, Europese gezondheidsenquête golf 3 (2019), Health at a Glance: Europe 2022.',
			'Part des adultes de l’UE qui ne déclarent aucune activité physique hors travail, Enquête européenne par interview sur la santé vague 3 (2019), Health at a Glance: Europe 2022.',
			'Share of adults in the EU reporting no non-work physical activity, European Health Interview Survey wave 3 (2019), Health at a Glance: Europe 2022.'
		]
	],
	[
		'ehis_aerobic_150min_nonwork_w2',
		'international',
		'18+',
		'EHIS wave 2 questionnaire',
		'pa_eu_ehis',
		'true',
		[
			'Minstens 2,5 uur per week lichaamsbeweging in de vrije tijd (EHIS golf 2)',
			'Au moins 2 h 30 par semaine d’activité physique de loisir (EHIS vague 2)',
			'At least 2.5 hours a week of leisure-time physical activity (EHIS wave 2)'
		],
		[
			'Aandeel personen van 18 jaar en ouder dat minstens twee en een half uur per week aan lichaamsbeweging in de vrije tijd besteedt (fietsen als vervoer inbegrepen), Europese gezondheidsenquête golf 2 (2014), Eurostat.',
			'Part des personnes de 18 ans et plus qui consacrent au moins deux heures et demie par semaine à une activité physique de loisir (vélo comme moyen de transport compris), Enquête européenne par interview sur la santé vague 2 (2014), Eurostat.',
			'Share of people aged 18 and over spending at least two and a half hours a week on leisure-time physical activity (including cycling for transport), European Health Interview Survey wave 2 (2014), Eurostat.'
		]
	],
	[
		'ehis_no_sport_w2',
		'international',
		'18+',
		'EHIS wave 2 questionnaire',
		'',
		'false',
		['Geen sport (EHIS golf 2)', 'Aucun sport (EHIS vague 2)', 'No sport (EHIS wave 2)'],
		[
			'Aandeel personen van 18 jaar en ouder in de EU dat geen sport beoefent, Europese gezondheidsenquête golf 2 (2014), Eurostat.',
			'Part des personnes de 18 ans et plus dans l’UE qui ne pratiquent aucun sport, Enquête européenne par interview sur la santé vague 2 (2014), Eurostat.',
			'Share of people aged 18 and over in the EU who do no sport, European Health Interview Survey wave 2 (2014), Eurostat.'
		]
	],
	[
		'ehis_aerobic_150min_nonwork_eurostat',
		'international',
		'18+',
		'EHIS-PAQ (Eurostat hlth_ehis_pe9e, MV_AERO)',
		'pa_eu_ehis',
		'true',
		[
			'Minstens 150 minuten per week aerobe beweging buiten het werk, EU-landen (Eurostat)',
			'Au moins 150 minutes par semaine d’activité aérobie hors travail, pays de l’UE (Eurostat)',
			'At least 150 minutes a week of non-work aerobic activity, EU countries (Eurostat)'
		],
		[
			'Aandeel personen dat minstens 150 minuten per week gezondheidsbevorderende aerobe beweging buiten het werk doet, Eurostat-tabel hlth_ehis_pe9e (MV_AERO), Europese gezondheidsenquête golf 3 (2019; België = Gezondheidsenquête 2018); standaard 18+, leeftijdsbasis per rij.',
			'Part des personnes qui pratiquent au moins 150 minutes par semaine d’activité physique aérobie bénéfique pour la santé hors travail, tableau Eurostat hlth_ehis_pe9e (MV_AERO), Enquête européenne par interview sur la santé vague 3 (2019 ; Belgique = Enquête de santé 2018) ; 18+ par défaut, base d’âge indiquée par ligne.',
			'Share of people doing at least 150 minutes a week of health-enhancing non-work aerobic physical activity, Eurostat table hlth_ehis_pe9e (MV_AERO), European Health Interview Survey wave 3 (2019; Belgium = Health Interview Survey 2018); 18+ by default, age base given per row.'
		]
	],
	[
		'bov_participants_cumulative',
		'programme',
		'referred patients',
		'programme monitoring',
		'',
		'',
		[
			'Deelnemers aan Bewegen Op Verwijzing (cumulatief)',
			'Participants à Bewegen Op Verwijzing (cumul)',
			'Bewegen Op Verwijzing participants (cumulative)'
		],
		[
			'Aantal mensen dat sinds de start van het Vlaamse doorverwijsprogramma Bewegen Op Verwijzing (2017) op consultatie ging bij een beweegcoach, stand begin 2019: ongeveer de helft van de doorverwezen patiënten.',
			'Nombre de personnes qui, depuis le lancement du programme flamand d’orientation Bewegen Op Verwijzing (2017), ont consulté un coach en activité physique, situation début 2019 : environ la moitié des patients orientés.',
			'Number of people who saw an exercise coach since the start of the Flemish referral programme Bewegen Op Verwijzing (2017), as of early 2019: about half of the patients referred.'
		]
	],
	[
		'bov_mean_visits',
		'programme',
		'programme participants',
		'programme monitoring',
		'',
		'',
		[
			'Gemiddeld aantal consultaties bij de beweegcoach',
			'Nombre moyen de consultations chez le coach',
			'Average number of visits to the exercise coach'
		],
		[
			'Gemiddeld aantal keer dat deelnemers aan Bewegen Op Verwijzing bij een beweegcoach langsgingen, 2017-2019.',
			'Nombre moyen de visites des participants à Bewegen Op Verwijzing chez un coach en activité physique, 2017-2019.',
			'Average number of times that Bewegen Op Verwijzing participants visited an exercise coach, 2017-2019.'
		]
	],
	[
		'bov_municipalities_active',
		'programme',
		'municipalities',
		'programme monitoring',
		'',
		'',
		[
			'Gemeenten met een beweegcoach (Bewegen Op Verwijzing)',
			'Communes disposant d’un coach (Bewegen Op Verwijzing)',
			'Municipalities with an exercise coach (Bewegen Op Verwijzing)'
		],
		[
			'Aantal Vlaamse gemeenten waar huisartsen patiënten naar een beweegcoach van Bewegen Op Verwijzing kunnen doorverwijzen, zoals gepubliceerd voor 2018 en 2019; de datering verschilt tussen de bronnen.',
			'Nombre de communes flamandes où les médecins généralistes peuvent orienter des patients vers un coach de Bewegen Op Verwijzing, tel que publié pour 2018 et 2019 ; la datation diffère selon les sources.',
			'Number of Flemish municipalities where GPs can refer patients to a Bewegen Op Verwijzing exercise coach, as published for 2018 and 2019; the dating differs between sources.'
		]
	],
	[
		'bov_municipalities_active_share',
		'programme',
		'municipalities',
		'programme monitoring',
		'',
		'',
		[
			'Aandeel Vlaamse gemeenten met een beweegcoach',
			'Part des communes flamandes disposant d’un coach',
			'Share of Flemish municipalities with an exercise coach'
		],
		[
			'Aandeel van de Vlaamse gemeenten waar een beweegcoach van Bewegen Op Verwijzing actief is, volgens een parlementair antwoord (gedateerd 2018).',
			'Part des communes flamandes où un coach de Bewegen Op Verwijzing est actif, selon une réponse parlementaire (datée de 2018).',
			'Share of Flemish municipalities where a Bewegen Op Verwijzing exercise coach is active, according to a parliamentary answer (dated 2018).'
		]
	],
	[
		'bov_online_referral_letters',
		'programme',
		'referred patients',
		'programme monitoring',
		'',
		'',
		[
			'Online verwijsbrieven voor Bewegen Op Verwijzing',
			'Lettres d’orientation en ligne pour Bewegen Op Verwijzing',
			'Online referral letters for Bewegen Op Verwijzing'
		],
		[
			'Aantal online verwijsbrieven dat huisartsen voor Bewegen Op Verwijzing opmaakten, Vlaanderen en Brussel samen (mei 2017 - november 2018, en 2018 per provincie).',
			'Nombre de lettres d’orientation en ligne rédigées par des médecins généralistes pour Bewegen Op Verwijzing, Flandre et Bruxelles ensemble (mai 2017 - novembre 2018, et 2018 par province).',
			'Number of online referral letters written by GPs for Bewegen Op Verwijzing, Flanders and Brussels together (May 2017 - November 2018, and 2018 by province).'
		]
	],
	[
		'bov_participants_year',
		'programme',
		'programme participants',
		'programme monitoring',
		'',
		'',
		[
			'Deelnemers aan Bewegen Op Verwijzing per jaar',
			'Participants à Bewegen Op Verwijzing par an',
			'Bewegen Op Verwijzing participants per year'
		],
		[
			'Aantal Vlamingen dat in 2018 een beroep deed op een beweegcoach van Bewegen Op Verwijzing.',
			'Nombre de Flamands ayant fait appel à un coach de Bewegen Op Verwijzing en 2018.',
			'Number of people in Flanders who used a Bewegen Op Verwijzing exercise coach in 2018.'
		]
	],
	[
		'bov_coaches',
		'programme',
		'coaches',
		'programme monitoring',
		'',
		'',
		[
			'Beweegcoaches van Bewegen Op Verwijzing',
			'Coachs de Bewegen Op Verwijzing',
			'Bewegen Op Verwijzing exercise coaches'
		],
		[
			'Aantal actieve beweegcoaches in Bewegen Op Verwijzing, 2018.',
			'Nombre de coachs en activité physique actifs dans Bewegen Op Verwijzing, 2018.',
			'Number of exercise coaches active in Bewegen Op Verwijzing, 2018.'
		]
	],
	[
		'bov_participants_share_by_sex',
		'programme',
		'programme participants',
		'programme monitoring',
		'',
		'',
		[
			'Aandeel vrouwen en mannen onder de deelnemers aan Bewegen Op Verwijzing',
			'Part des femmes et des hommes parmi les participants à Bewegen Op Verwijzing',
			'Share of women and men among Bewegen Op Verwijzing participants'
		],
		[
			'Aandeel vrouwen en mannen onder de deelnemers aan Bewegen Op Verwijzing, 2018.',
			'Part des femmes et des hommes parmi les participants à Bewegen Op Verwijzing, 2018.',
			'Share of women and men among Bewegen Op Verwijzing participants, 2018.'
		]
	],
	[
		'bov_pilot_share_vulnerable',
		'programme',
		'pilot participants',
		'programme monitoring',
		'',
		'',
		[
			'Deelnemers uit maatschappelijk kwetsbare groepen (proefproject)',
			'Participants issus de groupes socialement vulnérables (projet pilote)',
			'Participants from socially vulnerable groups (pilot project)'
		],
		[
			'Aandeel deelnemers aan het proefproject Bewegen Op Verwijzing (vóór de uitrol in december 2015) dat uit maatschappelijk kwetsbare groepen kwam, volgens de Vlaamse minister; jaar niet vermeld.',
			'Part des participants au projet pilote Bewegen Op Verwijzing (avant le déploiement de décembre 2015) issus de groupes socialement vulnérables, selon le ministre flamand ; année non précisée.',
			'Share of participants in the Bewegen Op Verwijzing pilot project (before the December 2015 roll-out) who came from socially vulnerable groups, according to the Flemish minister; year not stated.'
		]
	],
	[
		'bov_budget_eur',
		'programme',
		'programme',
		'programme budget',
		'',
		'',
		['Budget van Bewegen Op Verwijzing', 'Budget de Bewegen Op Verwijzing', 'Bewegen Op Verwijzing budget'],
		[
			'Vlaams budget voor Bewegen Op Verwijzing van december 2015 tot eind 2020, in miljoen euro.',
			'Budget flamand de Bewegen Op Verwijzing de décembre 2015 à fin 2020, en millions d’euros.',
			'Flemish budget for Bewegen Op Verwijzing from December 2015 to the end of 2020, in million euro.'
		]
	],
	[
		'bov_pilot_participants',
		'programme',
		'pilot participants',
		'programme monitoring',
		'',
		'',
		[
			'Deelnemers aan het proefproject Bewegen Op Verwijzing in Leuven',
			'Participants au projet pilote Bewegen Op Verwijzing à Louvain',
			'Participants in the Bewegen Op Verwijzing pilot in Leuven'
		],
		[
			'Aantal deelnemers aan het proefproject Bewegen Op Verwijzing van wijkgezondheidscentrum De Ridderbuurt in Leuven (2010 en 2013-2014).',
			'Nombre de participants au projet pilote Bewegen Op Verwijzing de la maison médicale De Ridderbuurt à Louvain (2010 et 2013-2014).',
			'Number of participants in the Bewegen Op Verwijzing pilot of the De Ridderbuurt community health centre in Leuven (2010 and 2013-2014).'
		]
	],
	[
		'nl_barrier_reason_not_moving',
		'intention',
		'not stated',
		'TNO survey question',
		'',
		'',
		[
			'Redenen om niet (voldoende) te bewegen (Nederland)',
			'Raisons de ne pas bouger (suffisamment) (Pays-Bas)',
			'Reasons for not moving (enough) (Netherlands)'
		],
		[
			'Aandeel Nederlanders dat een bepaalde reden noemt om niet (voldoende) te bewegen, Ooijendijk e.a. 2007 (TNO Trendrapport Bewegen en Gezondheid), zoals geciteerd in 2012; jaar van de peiling en leeftijdsbasis niet vermeld.',
			'Part des Néerlandais citant un motif donné pour ne pas bouger (suffisamment), Ooijendijk et al. 2007 (TNO Trendrapport Bewegen en Gezondheid), cité en 2012 ; année de l’enquête et base d’âge non précisées.',
			'Share of Dutch people naming a given reason for not moving (enough), Ooijendijk et al. 2007 (TNO Trendrapport Bewegen en Gezondheid), as quoted in 2012; survey year and age base not stated.'
		]
	],
	[
		'nl_intention_move_more_6m',
		'intention',
		'not stated',
		'TNO survey question',
		'',
		'',
		[
			'Van plan om binnen een half jaar meer te bewegen (Nederland)',
			'Intention de bouger plus dans les six mois (Pays-Bas)',
			'Intending to move more within six months (Netherlands)'
		],
		[
			'Aandeel Nederlanders dat in het half jaar na de peiling meer wil gaan bewegen, Ooijendijk e.a. 2007 (TNO), zoals geciteerd in 2012; jaar van de peiling en leeftijdsbasis niet vermeld.',
			'Part des Néerlandais qui veulent bouger davantage dans les six mois suivant l’enquête, Ooijendijk et al. 2007 (TNO), cité en 2012 ; année de l’enquête et base d’âge non précisées.',
			'Share of Dutch people who want to move more in the six months after the survey, Ooijendijk et al. 2007 (TNO), as quoted in 2012; survey year and age base not stated.'
		]
	],
	[
		'nl_meets_beweegrichtlijnen',
		'international',
		'18+',
		'CBS/RIVM Leefstijlmonitor',
		'',
		'true',
		[
			'Volwassenen die de Nederlandse Beweegrichtlijnen halen',
			'Adultes respectant les recommandations néerlandaises (Beweegrichtlijnen)',
			'Adults meeting the Dutch physical activity guidelines'
		],
		[
			'Aandeel volwassenen (18+) in Nederland dat voldoet aan de Beweegrichtlijnen van de Gezondheidsraad (met spier- en botversterkende activiteiten), CBS/RIVM Gezondheidsenquête/Leefstijlmonitor 2022. Niet vergelijkbaar met de Belgische indicatoren.',
			'Part des adultes (18+) aux Pays-Bas qui respectent les Beweegrichtlijnen du Conseil de la santé (y compris les activités de renforcement musculaire et osseux), Enquête de santé/Leefstijlmonitor CBS/RIVM 2022. Non comparable avec les indicateurs belges.',
			'Share of adults (18+) in the Netherlands meeting the Health Council’s physical activity guidelines (including muscle- and bone-strengthening activity), CBS/RIVM Health Survey/Lifestyle Monitor 2022. Not comparable with the Belgian indicators.'
		]
	],
	[
		'depressive_disorder_phq9',
		'mental_health',
		'15+',
		'PHQ-9',
		'depression_his',
		'false',
		['Depressieve stoornis (PHQ-9)', 'Trouble dépressif (PHQ-9)', 'Depressive disorder (PHQ-9)'],
		[
			'Aandeel personen met een depressieve stoornis volgens de PHQ-9-vragenlijst (klachten in de voorbije twee weken), Gezondheidsenquête 2018 en 2023; 15 jaar en ouder, maar sommige gepubliceerde waarden gelden voor 18 jaar en ouder (leeftijdsbasis per rij).',
			'Part des personnes présentant un trouble dépressif selon le questionnaire PHQ-9 (symptômes des deux dernières semaines), Enquête de santé 2018 et 2023 ; 15 ans et plus, mais certaines valeurs publiées portent sur les 18 ans et plus (base d’âge indiquée par ligne).',
			'Share of people with a depressive disorder on the PHQ-9 questionnaire (symptoms in the past two weeks), Health Interview Survey 2018 and 2023; ages 15 and over, but some published values are for ages 18 and over (age base given per row).'
		]
	],
	[
		'depressive_disorder_phq9_online',
		'mental_health',
		'18+',
		'PHQ-9',
		'',
		'false',
		[
			'Depressieve stoornis (PHQ-9), online enquêtes',
			'Trouble dépressif (PHQ-9), enquêtes en ligne',
			'Depressive disorder (PHQ-9), online surveys'
		],
		[
			'Aandeel volwassenen (18+) met een depressieve stoornis volgens de PHQ-9 (voorbije twee weken), online COVID-19-gezondheidsenquêtes (2020-2022) en BELHEALTH (2022-2023) van Sciensano. Open online-enquêtes, niet vergelijkbaar met de Gezondheidsenquête.',
			'Part des adultes (18+) présentant un trouble dépressif selon le PHQ-9 (deux dernières semaines), enquêtes de santé COVID-19 en ligne (2020-2022) et BELHEALTH (2022-2023) de Sciensano. Enquêtes en ligne ouvertes, non comparables avec l’Enquête de santé.',
			'Share of adults (18+) with a depressive disorder on the PHQ-9 (past two weeks), Sciensano’s online COVID-19 Health Surveys (2020-2022) and BELHEALTH (2022-2023). Open online surveys, not comparable with the Health Interview Survey.'
		]
	],
	[
		'anxiety_disorder_gad7',
		'mental_health',
		'15+',
		'GAD-7',
		'anxiety_his',
		'false',
		['Angststoornis (GAD-7)', 'Trouble anxieux (GAD-7)', 'Anxiety disorder (GAD-7)'],
		[
			'Aandeel personen met een gegeneraliseerde angststoornis volgens de GAD-7-vragenlijst (klachten in de voorbije twee weken), Gezondheidsenquête 2018 en 2023; 15 jaar en ouder, maar sommige gepubliceerde waarden gelden voor 18 jaar en ouder (leeftijdsbasis per rij).',
			'Part des personnes présentant un trouble anxieux généralisé selon le questionnaire GAD-7 (symptômes des deux dernières semaines), Enquête de santé 2018 et 2023 ; 15 ans et plus, mais certaines valeurs publiées portent sur les 18 ans et plus (base d’âge indiquée par ligne).',
			'Share of people with a generalised anxiety disorder on the GAD-7 questionnaire (symptoms in the past two weeks), Health Interview Survey 2018 and 2023; ages 15 and over, but some published values are for ages 18 and over (age base given per row).'
		]
	],
	[
		'anxiety_disorder_gad7_online',
		'mental_health',
		'18+',
		'GAD-7',
		'',
		'false',
		[
			'Angststoornis (GAD-7), online enquêtes',
			'Trouble anxieux (GAD-7), enquêtes en ligne',
			'Anxiety disorder (GAD-7), online surveys'
		],
		[
			'Aandeel volwassenen (18+) met een gegeneraliseerde angststoornis volgens de GAD-7 (voorbije twee weken), online COVID-19-gezondheidsenquêtes (2020-2022) en BELHEALTH (2022-2023) van Sciensano. Open online-enquêtes, niet vergelijkbaar met de Gezondheidsenquête.',
			'Part des adultes (18+) présentant un trouble anxieux généralisé selon le GAD-7 (deux dernières semaines), enquêtes de santé COVID-19 en ligne (2020-2022) et BELHEALTH (2022-2023) de Sciensano. Enquêtes en ligne ouvertes, non comparables avec l’Enquête de santé.',
			'Share of adults (18+) with a generalised anxiety disorder on the GAD-7 (past two weeks), Sciensano’s online COVID-19 Health Surveys (2020-2022) and BELHEALTH (2022-2023). Open online surveys, not comparable with the Health Interview Survey.'
		]
	],
	[
		'major_depressive_disorder_phq9',
		'mental_health',
		'15+',
		'PHQ-9',
		'',
		'false',
		['Ernstige depressieve stoornis (PHQ-9)', 'Trouble dépressif majeur (PHQ-9)', 'Major depressive disorder (PHQ-9)'],
		[
			'Aandeel personen van 15 jaar en ouder met een ernstige (majeure) depressieve stoornis volgens de PHQ-9, Gezondheidsenquête 2018; ongeveer de helft van alle depressieve stoornissen.',
			'Part des personnes de 15 ans et plus présentant un trouble dépressif majeur (grave) selon le PHQ-9, Enquête de santé 2018 ; environ la moitié de l’ensemble des troubles dépressifs.',
			'Share of people aged 15 and over with a major (severe) depressive disorder on the PHQ-9, Health Interview Survey 2018; about half of all depressive disorders.'
		]
	],
	[
		'anxiety_or_depressive_disorder',
		'mental_health',
		'18+',
		'GAD-7 and PHQ-9',
		'',
		'false',
		['Angst- of depressieve stoornis', 'Trouble anxieux ou dépressif', 'Anxiety or depressive disorder'],
		[
			'Aandeel volwassenen (18+) met een angststoornis (GAD-7), een depressieve stoornis (PHQ-9) of beide, online COVID-19-gezondheidsenquête van maart 2022.',
			'Part des adultes (18+) présentant un trouble anxieux (GAD-7), un trouble dépressif (PHQ-9) ou les deux, enquête de santé COVID-19 en ligne de mars 2022.',
			'Share of adults (18+) with an anxiety disorder (GAD-7), a depressive disorder (PHQ-9) or both, online COVID-19 Health Survey of March 2022.'
		]
	],
	[
		'anxiety_depression_comorbidity',
		'mental_health',
		'18+',
		'GAD-7 and PHQ-9',
		'',
		'',
		[
			'Angst- en depressieve stoornis: alleen of samen',
			'Troubles anxieux et dépressifs : seuls ou combinés',
			'Anxiety and depressive disorder: alone or combined'
		],
		[
			'Aandeel volwassenen (18+) met alleen een angststoornis, alleen een depressieve stoornis of beide (GAD-7, PHQ-9), online COVID-19-gezondheidsenquête van maart 2022.',
			'Part des adultes (18+) présentant seulement un trouble anxieux, seulement un trouble dépressif ou les deux (GAD-7, PHQ-9), enquête de santé COVID-19 en ligne de mars 2022.',
			'Share of adults (18+) with only an anxiety disorder, only a depressive disorder or both (GAD-7, PHQ-9), online COVID-19 Health Survey of March 2022.'
		]
	],
	[
		'depressive_symptoms_scl90',
		'mental_health',
		'15+',
		'SCL-90-R (depression subscale)',
		'depression_his',
		'false',
		['Depressieve klachten (SCL-90-R)', 'Symptômes dépressifs (SCL-90-R)', 'Depressive symptoms (SCL-90-R)'],
		[
			'Aandeel personen van 15 jaar en ouder van wie de antwoorden op de depressieschaal van de SCL-90-R de drempel voor een waarschijnlijke stoornis overschrijden, Gezondheidsenquête 2004 en 2013. Niet vergelijkbaar met de PHQ-9 vanaf 2018.',
			'Part des personnes de 15 ans et plus dont les réponses à la sous-échelle de dépression du SCL-90-R dépassent le seuil d’un trouble probable, Enquête de santé 2004 et 2013. Non comparable avec le PHQ-9 utilisé depuis 2018.',
			'Share of people aged 15 and over whose answers on the SCL-90-R depression subscale pass the threshold for a probable disorder, Health Interview Survey 2004 and 2013. Not comparable with the PHQ-9 used from 2018.'
		]
	],
	[
		'anxiety_symptoms_scl90',
		'mental_health',
		'15+',
		'SCL-90-R (anxiety subscale)',
		'anxiety_his',
		'false',
		['Angstklachten (SCL-90-R)', 'Symptômes anxieux (SCL-90-R)', 'Anxiety symptoms (SCL-90-R)'],
		[
			'Aandeel personen van 15 jaar en ouder van wie de antwoorden op de angstschaal van de SCL-90-R de drempel voor een waarschijnlijke stoornis overschrijden, Gezondheidsenquête 2004 en 2013. Niet vergelijkbaar met de GAD-7 vanaf 2018.',
			'Part des personnes de 15 ans et plus dont les réponses à la sous-échelle d’anxiété du SCL-90-R dépassent le seuil d’un trouble probable, Enquête de santé 2004 et 2013. Non comparable avec le GAD-7 utilisé depuis 2018.',
			'Share of people aged 15 and over whose answers on the SCL-90-R anxiety subscale pass the threshold for a probable disorder, Health Interview Survey 2004 and 2013. Not comparable with the GAD-7 used from 2018.'
		]
	],
	[
		'psychological_distress_ghq12',
		'mental_health',
		'15+',
		'GHQ-12',
		'',
		'false',
		['Psychisch onwelbevinden (GHQ-12)', 'Mal-être psychologique (GHQ-12)', 'Psychological distress (GHQ-12)'],
		[
			'Aandeel personen van 15 jaar en ouder met minstens 2 van de 12 klachten van de GHQ-12-vragenlijst, Gezondheidsenquête 2004, 2008 en 2013.',
			'Part des personnes de 15 ans et plus présentant au moins 2 des 12 difficultés du questionnaire GHQ-12, Enquête de santé 2004, 2008 et 2013.',
			'Share of people aged 15 and over reporting at least 2 of the 12 problems of the GHQ-12 questionnaire, Health Interview Survey 2004, 2008 and 2013.'
		]
	],
	[
		'severe_psychological_distress_ghq12',
		'mental_health',
		'15+',
		'GHQ-12',
		'',
		'false',
		[
			'Ernstig psychisch onwelbevinden (GHQ-12)',
			'Mal-être psychologique sévère (GHQ-12)',
			'Severe psychological distress (GHQ-12)'
		],
		[
			'Aandeel personen van 15 jaar en ouder met minstens 4 van de 12 klachten van de GHQ-12-vragenlijst (waarschijnlijke psychopathologie), Gezondheidsenquête 2004, 2008 en 2013.',
			'Part des personnes de 15 ans et plus présentant au moins 4 des 12 difficultés du GHQ-12 (psychopathologie probable), Enquête de santé 2004, 2008 et 2013.',
			'Share of people aged 15 and over reporting at least 4 of the 12 problems of the GHQ-12 (probable psychopathology), Health Interview Survey 2004, 2008 and 2013.'
		]
	],
	[
		'depression_self_reported_12m',
		'mental_health',
		'15+',
		'HIS chronic conditions checklist',
		'',
		'false',
		[
			'Depressie in de voorbije 12 maanden (zelf gerapporteerd)',
			'Dépression au cours des 12 derniers mois (autodéclarée)',
			'Depression in the past 12 months (self-reported)'
		],
		[
			'Aandeel personen van 15 jaar en ouder dat aangeeft in de voorbije 12 maanden een depressie te hebben gehad (lijst van chronische aandoeningen), Gezondheidsenquête 1997-2018, gepubliceerd door het Federaal Planbureau (indicators.be); dezelfde vraag in elke golf.',
			'Part des personnes de 15 ans et plus déclarant avoir souffert de dépression au cours des 12 derniers mois (liste d’affections chroniques), Enquête de santé 1997-2018, publiée par le Bureau fédéral du Plan (indicators.be) ; même question à chaque vague.',
			'Share of people aged 15 and over reporting depression in the past 12 months (chronic conditions checklist), Health Interview Survey 1997-2018, published by the Federal Planning Bureau (indicators.be); the same question in every wave.'
		]
	],
	[
		'life_satisfaction_mean',
		'mental_health',
		'15+',
		'life satisfaction question (0-10)',
		'mental_health_monitoring_life_satisfaction_mean',
		'true',
		['Gemiddelde levenstevredenheid (0-10)', 'Satisfaction de vie moyenne (0-10)', 'Average life satisfaction (0-10)'],
		[
			'Gemiddelde score op een vraag naar tevredenheid met het leven op een schaal van 0 tot 10, personen van 15 jaar en ouder, Gezondheidsenquête 2018.',
			'Score moyen à une question sur la satisfaction à l’égard de la vie, sur une échelle de 0 à 10, personnes de 15 ans et plus, Enquête de santé 2018.',
			'Average score on a question about satisfaction with life on a 0-10 scale, people aged 15 and over, Health Interview Survey 2018.'
		]
	],
	[
		'life_satisfaction_mean_pb',
		'mental_health',
		'18+',
		'life satisfaction question (0-10)',
		'mental_health_monitoring_life_satisfaction_mean',
		'true',
		[
			'Gemiddelde levenstevredenheid (0-10), Preventiebarometer',
			'Satisfaction de vie moyenne (0-10), Preventiebarometer',
			'Average life satisfaction (0-10), Preventiebarometer'
		],
		[
			'Gemiddelde score op een vraag naar tevredenheid met het leven op een schaal van 0 tot 10, volwassenen (18+) in Vlaanderen, Preventiebarometer 2022.',
			'Score moyen à une question sur la satisfaction à l’égard de la vie, sur une échelle de 0 à 10, adultes (18+) en Flandre, Preventiebarometer 2022.',
			'Average score on a question about satisfaction with life on a 0-10 scale, adults (18+) in Flanders, Preventiebarometer 2022.'
		]
	],
	[
		'life_satisfaction_low',
		'mental_health',
		'15+',
		'life satisfaction question (0-10)',
		'mental_health_monitoring_life_satisfaction_low',
		'false',
		['Lage levenstevredenheid', 'Faible satisfaction de vie', 'Low life satisfaction'],
		[
			'Aandeel personen met een lage tevredenheid met hun leven, Gezondheidsenquête 2018 (België: "erg ontevreden", 15+; Vlaanderen: categorie "laag", score lager dan 6, 18+). De categorieën verschillen: vergelijk alleen binnen één bron.',
			'Part des personnes peu satisfaites de leur vie, Enquête de santé 2018 (Belgique : « très insatisfaites », 15+ ; Flandre : catégorie « faible », score inférieur à 6, 18+). Les catégories diffèrent : ne comparer qu’au sein d’une même source.',
			'Share of people with low satisfaction with their life, Health Interview Survey 2018 (Belgium: "very dissatisfied", 15+; Flanders: category "low", score below 6, 18+). The categories differ: compare only within one source.'
		]
	],
	[
		'life_satisfaction_low_online',
		'mental_health',
		'18+',
		'life satisfaction question (0-10)',
		'mental_health_monitoring_life_satisfaction_low',
		'false',
		[
			'Lage levenstevredenheid, online enquêtes',
			'Faible satisfaction de vie, enquêtes en ligne',
			'Low life satisfaction, online surveys'
		],
		[
			'Aandeel volwassenen (18+) met een lage levenstevredenheid (in Vlaanderen: score lager dan 6 op 10), online COVID-19-gezondheidsenquêtes (2020-2022) en BELHEALTH (2022-2023); sommige persbronnen definiëren de categorie niet.',
			'Part des adultes (18+) peu satisfaits de leur vie (en Flandre : score inférieur à 6 sur 10), enquêtes de santé COVID-19 en ligne (2020-2022) et BELHEALTH (2022-2023) ; certaines sources de presse ne définissent pas la catégorie.',
			'Share of adults (18+) with low life satisfaction (in Flanders: a score below 6 out of 10), online COVID-19 Health Surveys (2020-2022) and BELHEALTH (2022-2023); some press sources do not define the category.'
		]
	],
	[
		'life_satisfaction_low_pb',
		'mental_health',
		'18+',
		'life satisfaction question (0-10)',
		'',
		'false',
		[
			'Lage levenstevredenheid, Preventiebarometer',
			'Faible satisfaction de vie, Preventiebarometer',
			'Low life satisfaction, Preventiebarometer'
		],
		[
			'Aandeel volwassenen (18+) in Vlaanderen met een lage levenstevredenheid (score lager dan 6 op 10), Preventiebarometer 2022.',
			'Part des adultes (18+) en Flandre peu satisfaits de leur vie (score inférieur à 6 sur 10), Preventiebarometer 2022.',
			'Share of adults (18+) in Flanders with low life satisfaction (a score below 6 out of 10), Preventiebarometer 2022.'
		]
	],
	[
		'vitality_optimal',
		'mental_health',
		'15+',
		'SF-36 vitality scale',
		'',
		'true',
		['Optimale vitaliteit', 'Vitalité optimale', 'Optimal vitality'],
		[
			'Aandeel personen van 15 jaar en ouder met een optimale score op de vitaliteitsschaal (energie en vermoeidheid) van de SF-36, Gezondheidsenquête 2018.',
			'Part des personnes de 15 ans et plus ayant un score optimal sur l’échelle de vitalité (énergie et fatigue) du SF-36, Enquête de santé 2018.',
			'Share of people aged 15 and over with an optimal score on the SF-36 vitality (energy and fatigue) scale, Health Interview Survey 2018.'
		]
	],
	[
		'life_satisfaction_high',
		'mental_health',
		'15+',
		'life satisfaction question (0-10)',
		'mental_health_monitoring_life_satisfaction_high',
		'true',
		['Hoge levenstevredenheid', 'Satisfaction de vie élevée', 'High life satisfaction'],
		[
			'Aandeel personen met een hoge tevredenheid met hun leven, Gezondheidsenquête 2018 ("zeer tevreden", 15+, per gewest; categorie "hoog", 18+, Vlaanderen).',
			'Part des personnes très satisfaites de leur vie, Enquête de santé 2018 (« très satisfaites », 15+, par région ; catégorie « élevée », 18+, Flandre).',
			'Share of people with high satisfaction with their life, Health Interview Survey 2018 ("very satisfied", 15+, by region; category "high", 18+, Flanders).'
		]
	],
	[
		'life_satisfaction_high_online',
		'mental_health',
		'18+',
		'life satisfaction question (0-10)',
		'mental_health_monitoring_life_satisfaction_high',
		'true',
		[
			'Hoge levenstevredenheid, online enquêtes',
			'Satisfaction de vie élevée, enquêtes en ligne',
			'High life satisfaction, online surveys'
		],
		[
			'Aandeel volwassenen (18+) in Vlaanderen met een hoge levenstevredenheid, online COVID-19-gezondheidsenquêtes (2021-2022).',
			'Part des adultes (18+) en Flandre très satisfaits de leur vie, enquêtes de santé COVID-19 en ligne (2021-2022).',
			'Share of adults (18+) in Flanders with high life satisfaction, online COVID-19 Health Surveys (2021-2022).'
		]
	],
	[
		'life_satisfaction_high_pb',
		'mental_health',
		'18+',
		'life satisfaction question (0-10)',
		'',
		'true',
		[
			'Hoge levenstevredenheid, Preventiebarometer',
			'Satisfaction de vie élevée, Preventiebarometer',
			'High life satisfaction, Preventiebarometer'
		],
		[
			'Aandeel volwassenen (18+) in Vlaanderen met een hoge levenstevredenheid (score van 9 of meer op 10), Preventiebarometer 2022.',
			'Part des adultes (18+) en Flandre très satisfaits de leur vie (score de 9 ou plus sur 10), Preventiebarometer 2022.',
			'Share of adults (18+) in Flanders with high life satisfaction (a score of 9 or more out of 10), Preventiebarometer 2022.'
		]
	],
	[
		'life_satisfaction_moderate',
		'mental_health',
		'18+',
		'life satisfaction question (0-10)',
		'mental_health_monitoring_life_satisfaction_moderate',
		'',
		['Middelmatige levenstevredenheid', 'Satisfaction de vie moyenne (catégorie)', 'Moderate life satisfaction'],
		[
			'Aandeel volwassenen (18+) in Vlaanderen met een middelmatige levenstevredenheid (categorie "middel"), Gezondheidsenquête 2018 als referentie van het dashboard Vlaamse Veerkracht.',
			'Part des adultes (18+) en Flandre dont la satisfaction de vie est moyenne (catégorie « moyenne »), Enquête de santé 2018 comme référence du tableau de bord Vlaamse Veerkracht.',
			'Share of adults (18+) in Flanders with moderate life satisfaction (category "middle"), Health Interview Survey 2018 as the reference of the Vlaamse Veerkracht dashboard.'
		]
	],
	[
		'life_satisfaction_moderate_online',
		'mental_health',
		'18+',
		'life satisfaction question (0-10)',
		'mental_health_monitoring_life_satisfaction_moderate',
		'',
		[
			'Middelmatige levenstevredenheid, online enquêtes',
			'Satisfaction de vie moyenne (catégorie), enquêtes en ligne',
			'Moderate life satisfaction, online surveys'
		],
		[
			'Aandeel volwassenen (18+) in Vlaanderen met een middelmatige levenstevredenheid, online COVID-19-gezondheidsenquête (2022) en BELHEALTH (2023).',
			'Part des adultes (18+) en Flandre dont la satisfaction de vie est moyenne, enquête de santé COVID-19 en ligne (2022) et BELHEALTH (2023).',
			'Share of adults (18+) in Flanders with moderate life satisfaction, online COVID-19 Health Survey (2022) and BELHEALTH (2023).'
		]
	],
	[
		'life_satisfaction_moderate_pb',
		'mental_health',
		'18+',
		'life satisfaction question (0-10)',
		'',
		'',
		[
			'Middelmatige levenstevredenheid, Preventiebarometer',
			'Satisfaction de vie moyenne (catégorie), Preventiebarometer',
			'Moderate life satisfaction, Preventiebarometer'
		],
		[
			'Aandeel volwassenen (18+) in Vlaanderen met een matige levenstevredenheid (score van 6 tot 8 op 10), Preventiebarometer 2022.',
			'Part des adultes (18+) en Flandre dont la satisfaction de vie est moyenne (score de 6 à 8 sur 10), Preventiebarometer 2022.',
			'Share of adults (18+) in Flanders with moderate life satisfaction (a score of 6 to 8 out of 10), Preventiebarometer 2022.'
		]
	],
	[
		'life_satisfaction_satisfied',
		'mental_health',
		'18+',
		'life satisfaction question',
		'',
		'true',
		[
			'Tevreden of zeer tevreden met het leven',
			'Satisfait ou très satisfait de sa vie',
			'Satisfied or very satisfied with life'
		],
		[
			'Aandeel volwassenen (18+) dat (zeer) tevreden is met zijn leven, online COVID-19-gezondheidsenquêtes van december 2021 en maart 2022. Dit is het complement van lage tevredenheid, niet de categorie "hoog".',
			'Part des adultes (18+) (très) satisfaits de leur vie, enquêtes de santé COVID-19 en ligne de décembre 2021 et mars 2022. C’est le complément de la faible satisfaction, et non la catégorie « élevée ».',
			'Share of adults (18+) who are (very) satisfied with their life, online COVID-19 Health Surveys of December 2021 and March 2022. This is the complement of low satisfaction, not the "high" category.'
		]
	],
	[
		'poor_mental_health_self_rated',
		'mental_health',
		'18+',
		'self-rated mental health question',
		'',
		'false',
		[
			'Slechte zelf gerapporteerde geestelijke gezondheid',
			'Santé mentale autoévaluée mauvaise',
			'Poor self-rated mental health'
		],
		[
			'Aandeel volwassenen (18+) in Vlaanderen dat zijn geestelijke gezondheid als slecht beoordeelt, Preventiebarometer 2022.',
			'Part des adultes (18+) en Flandre qui jugent leur santé mentale mauvaise, Preventiebarometer 2022.',
			'Share of adults (18+) in Flanders who rate their mental health as poor, Preventiebarometer 2022.'
		]
	],
	[
		'antidepressant_use_2w',
		'mental_health',
		'15+',
		'HIS medicine use questions',
		'antidepressant_use_his',
		'',
		[
			'Gebruik van antidepressiva (voorbije 2 weken)',
			'Consommation d’antidépresseurs (2 dernières semaines)',
			'Antidepressant use (past 2 weeks)'
		],
		[
			'Aandeel personen van 15 jaar en ouder dat in de twee weken vóór de enquête antidepressiva nam, Gezondheidsenquête 2004 en 2018.',
			'Part des personnes de 15 ans et plus ayant pris des antidépresseurs au cours des deux semaines précédant l’enquête, Enquête de santé 2004 et 2018.',
			'Share of people aged 15 and over who took antidepressants in the two weeks before the survey, Health Interview Survey 2004 and 2018.'
		]
	],
	[
		'sedative_use_2w',
		'mental_health',
		'15+',
		'HIS medicine use questions',
		'',
		'',
		[
			'Gebruik van slaap- of kalmeermiddelen (voorbije 2 weken)',
			'Consommation de somnifères ou de calmants (2 dernières semaines)',
			'Use of sleeping pills or tranquillisers (past 2 weeks)'
		],
		[
			'Aandeel personen van 15 jaar en ouder dat in de twee weken vóór de enquête slaap- of kalmeermiddelen nam, Gezondheidsenquête 2018.',
			'Part des personnes de 15 ans et plus ayant pris des somnifères ou des calmants au cours des deux semaines précédant l’enquête, Enquête de santé 2018.',
			'Share of people aged 15 and over who took sleeping pills or tranquillisers in the two weeks before the survey, Health Interview Survey 2018.'
		]
	],
	[
		'antidepressant_use_24h',
		'mental_health',
		'not stated',
		'HIS medicine use module',
		'antidepressant_use_his',
		'',
		[
			'Gebruik van antidepressiva (voorbije 24 uur)',
			'Consommation d’antidépresseurs (24 dernières heures)',
			'Antidepressant use (past 24 hours)'
		],
		[
			'Aandeel personen dat in de 24 uur vóór de enquête antidepressiva nam (module geneesmiddelengebruik), Gezondheidsenquête 2004 en 2008; leeftijdsbasis niet vermeld.',
			'Part des personnes ayant pris des antidépresseurs dans les 24 heures précédant l’enquête (module consommation de médicaments), Enquête de santé 2004 et 2008 ; base d’âge non précisée.',
			'Share of people who took antidepressants in the 24 hours before the survey (medicine use module), Health Interview Survey 2004 and 2008; age base not stated.'
		]
	],
	[
		'antidepressant_use_period_unstated',
		'mental_health',
		'not stated',
		'HIS medicine use questions',
		'antidepressant_use_his',
		'',
		[
			'Gebruik van antidepressiva (periode niet vermeld)',
			'Consommation d’antidépresseurs (période non précisée)',
			'Antidepressant use (period not stated)'
		],
		[
			'Aandeel personen dat antidepressiva gebruikt, Gezondheidsenquête 1997 en 2013, volgens pers en een aggregator die de referentieperiode niet vermelden.',
			'Part des personnes qui consomment des antidépresseurs, Enquête de santé 1997 et 2013, selon la presse et un agrégateur qui ne précisent pas la période de référence.',
			'Share of people using antidepressants, Health Interview Survey 1997 and 2013, from the press and an aggregator that do not state the recall period.'
		]
	],
	[
		'suicidal_ideation_12m',
		'mental_health',
		'15+',
		'HIS suicidal behaviour questions',
		'mental_health_monitoring',
		'false',
		[
			'Ernstige zelfmoordgedachten (voorbije 12 maanden)',
			'Idées suicidaires sérieuses (12 derniers mois)',
			'Serious suicidal thoughts (past 12 months)'
		],
		[
			'Aandeel personen van 15 jaar en ouder dat in de voorbije 12 maanden ernstig aan zelfmoord heeft gedacht, Gezondheidsenquête 2013 en 2018.',
			'Part des personnes de 15 ans et plus qui ont sérieusement pensé au suicide au cours des 12 derniers mois, Enquête de santé 2013 et 2018.',
			'Share of people aged 15 and over who seriously considered suicide in the past 12 months, Health Interview Survey 2013 and 2018.'
		]
	],
	[
		'suicidal_ideation_12m_online',
		'mental_health',
		'18+',
		'suicidal behaviour questions (online)',
		'mental_health_monitoring',
		'false',
		[
			'Ernstige zelfmoordgedachten (voorbije 12 maanden), online enquêtes',
			'Idées suicidaires sérieuses (12 derniers mois), enquêtes en ligne',
			'Serious suicidal thoughts (past 12 months), online surveys'
		],
		[
			'Aandeel volwassenen (18+) dat in de voorbije 12 maanden ernstig aan zelfmoord heeft gedacht, online COVID-19-gezondheidsenquête (juni 2021) en BELHEALTH (2023). Open online-enquêtes, niet vergelijkbaar met de Gezondheidsenquête.',
			'Part des adultes (18+) qui ont sérieusement pensé au suicide au cours des 12 derniers mois, enquête de santé COVID-19 en ligne (juin 2021) et BELHEALTH (2023). Enquêtes en ligne ouvertes, non comparables avec l’Enquête de santé.',
			'Share of adults (18+) who seriously considered suicide in the past 12 months, online COVID-19 Health Survey (June 2021) and BELHEALTH (2023). Open online surveys, not comparable with the Health Interview Survey.'
		]
	],
	[
		'suicide_attempt_12m',
		'mental_health',
		'15+',
		'HIS suicidal behaviour questions',
		'mental_health_monitoring_suicide_attempt',
		'false',
		[
			'Zelfmoordpoging (voorbije 12 maanden)',
			'Tentative de suicide (12 derniers mois)',
			'Suicide attempt (past 12 months)'
		],
		[
			'Aandeel personen van 15 jaar en ouder dat in de voorbije 12 maanden een zelfmoordpoging ondernam, Gezondheidsenquête 2013 en 2018.',
			'Part des personnes de 15 ans et plus ayant fait une tentative de suicide au cours des 12 derniers mois, Enquête de santé 2013 et 2018.',
			'Share of people aged 15 and over who attempted suicide in the past 12 months, Health Interview Survey 2013 and 2018.'
		]
	],
	[
		'suicide_attempt_12m_online',
		'mental_health',
		'18+',
		'suicidal behaviour questions (online)',
		'mental_health_monitoring_suicide_attempt',
		'false',
		[
			'Zelfmoordpoging (voorbije 12 maanden), online enquêtes',
			'Tentative de suicide (12 derniers mois), enquêtes en ligne',
			'Suicide attempt (past 12 months), online surveys'
		],
		[
			'Aandeel volwassenen (18+) dat in de voorbije 12 maanden een zelfmoordpoging ondernam, online COVID-19-gezondheidsenquête (juni 2021) en BELHEALTH (2023). Open online-enquêtes, niet vergelijkbaar met de Gezondheidsenquête.',
			'Part des adultes (18+) ayant fait une tentative de suicide au cours des 12 derniers mois, enquête de santé COVID-19 en ligne (juin 2021) et BELHEALTH (2023). Enquêtes en ligne ouvertes, non comparables avec l’Enquête de santé.',
			'Share of adults (18+) who attempted suicide in the past 12 months, online COVID-19 Health Survey (June 2021) and BELHEALTH (2023). Open online surveys, not comparable with the Health Interview Survey.'
		]
	],
	[
		'suicide_attempt_12m_per_1000',
		'mental_health',
		'15+',
		'HIS suicidal behaviour questions',
		'',
		'false',
		[
			'Zelfmoordpogingen per 1.000 personen (Gezondheidsenquête 2023)',
			'Tentatives de suicide pour 1 000 personnes (Enquête de santé 2023)',
			'Suicide attempts per 1,000 people (Health Interview Survey 2023)'
		],
		[
			'Zelfmoordpogingen per 1.000 personen, Gezondheidsenquête 2023, volgens de pers. Een referentieperiode van 12 maanden wordt afgeleid uit de vergelijking met 2018 (2 per 1.000); de bron vermeldt ze niet.',
			'Tentatives de suicide pour 1 000 personnes, Enquête de santé 2023, selon la presse. Une période de référence de 12 mois est déduite de la comparaison avec 2018 (2 pour 1 000) ; la source ne la mentionne pas.',
			'Suicide attempts per 1,000 people, Health Interview Survey 2023, as reported by the press. A 12-month recall period is inferred from the comparison with 2018 (2 per 1,000); the source does not state it.'
		]
	],
	[
		'suicidal_ideation_lifetime',
		'mental_health',
		'15+',
		'HIS suicidal behaviour questions',
		'',
		'false',
		[
			'Ooit ernstig aan zelfmoord gedacht',
			'Avoir déjà sérieusement pensé au suicide',
			'Ever seriously considered suicide'
		],
		[
			'Aandeel personen van 15 jaar en ouder dat ooit in zijn leven ernstig aan zelfmoord heeft gedacht, Gezondheidsenquête 2004, 2013 en 2018.',
			'Part des personnes de 15 ans et plus ayant déjà sérieusement pensé au suicide au cours de leur vie, Enquête de santé 2004, 2013 et 2018.',
			'Share of people aged 15 and over who have ever seriously considered suicide in their life, Health Interview Survey 2004, 2013 and 2018.'
		]
	],
	[
		'suicide_attempt_lifetime',
		'mental_health',
		'15+',
		'HIS suicidal behaviour questions',
		'',
		'false',
		['Ooit een zelfmoordpoging ondernomen', 'Avoir déjà fait une tentative de suicide', 'Ever attempted suicide'],
		[
			'Aandeel personen van 15 jaar en ouder dat ooit in zijn leven een zelfmoordpoging ondernam, Gezondheidsenquête 2004, 2013 en 2018.',
			'Part des personnes de 15 ans et plus ayant déjà fait une tentative de suicide au cours de leur vie, Enquête de santé 2004, 2013 et 2018.',
			'Share of people aged 15 and over who have ever attempted suicide in their life, Health Interview Survey 2004, 2013 and 2018.'
		]
	],
	[
		'suicidal_ideation_period_unstated',
		'mental_health',
		'not stated',
		'HIS suicidal behaviour questions',
		'',
		'false',
		[
			'Zelfmoordgedachten (periode niet vermeld)',
			'Idées suicidaires (période non précisée)',
			'Suicidal thoughts (period not stated)'
		],
		[
			'Aandeel van de bevolking met zelfmoordgedachten, Gezondheidsenquête 2023, volgens de pers; referentieperiode en leeftijdsbasis niet vermeld, dus niet vergelijkbaar met de cijfers over 12 maanden of over het hele leven.',
			'Part de la population ayant des idées suicidaires, Enquête de santé 2023, selon la presse ; période de référence et base d’âge non précisées, donc non comparable avec les chiffres sur 12 mois ou sur la vie entière.',
			'Share of the population with suicidal thoughts, Health Interview Survey 2023, as reported by the press; recall period and age base not stated, so not comparable with the 12-month or lifetime figures.'
		]
	],
	[
		'edu_abs_gap_depressive_disorder',
		'mental_health',
		'15+',
		'PHQ-9',
		'',
		'false',
		[
			'Onderwijskloof in depressieve stoornis (procentpunten)',
			'Écart selon l’instruction pour le trouble dépressif (points de pourcentage)',
			'Education gap in depressive disorder (percentage points)'
		],
		[
			'Absoluut verschil in procentpunten tussen de laagst en de hoogst opgeleiden in het aandeel met een depressieve stoornis (PHQ-9), gestandaardiseerd voor leeftijd, 15 jaar en ouder, Gezondheidsenquête 2018.',
			'Écart absolu en points de pourcentage entre les moins instruits et les plus instruits dans la part des personnes présentant un trouble dépressif (PHQ-9), standardisé pour l’âge, 15 ans et plus, Enquête de santé 2018.',
			'Absolute difference in percentage points between the lowest and the highest educated in the share with a depressive disorder (PHQ-9), age-standardised, ages 15 and over, Health Interview Survey 2018.'
		]
	],
	[
		'edu_abs_gap_suicidal_ideation_12m',
		'mental_health',
		'15+',
		'HIS suicidal behaviour questions',
		'',
		'false',
		[
			'Onderwijskloof in zelfmoordgedachten (procentpunten)',
			'Écart selon l’instruction pour les idées suicidaires (points de pourcentage)',
			'Education gap in suicidal thoughts (percentage points)'
		],
		[
			'Absoluut verschil in procentpunten tussen de laagst en de hoogst opgeleiden in het aandeel met zelfmoordgedachten in de voorbije 12 maanden, gestandaardiseerd voor leeftijd, 15 jaar en ouder, Gezondheidsenquête 2018.',
			'Écart absolu en points de pourcentage entre les moins instruits et les plus instruits dans la part des personnes ayant eu des idées suicidaires au cours des 12 derniers mois, standardisé pour l’âge, 15 ans et plus, Enquête de santé 2018.',
			'Absolute difference in percentage points between the lowest and the highest educated in the share with suicidal thoughts in the past 12 months, age-standardised, ages 15 and over, Health Interview Survey 2018.'
		]
	],
	[
		'edu_rel_ratio_depressive_disorder',
		'mental_health',
		'15+',
		'PHQ-9',
		'',
		'false',
		[
			'Verhouding laagst/hoogst opgeleiden: depressieve stoornis',
			'Rapport moins/plus instruits : trouble dépressif',
			'Lowest-to-highest education ratio: depressive disorder'
		],
		[
			'Verhouding tussen het aandeel met een depressieve stoornis (PHQ-9) bij de laagst en bij de hoogst opgeleiden, gestandaardiseerd voor leeftijd, 15 jaar en ouder, Gezondheidsenquête 2018.',
			'Rapport entre la part des personnes présentant un trouble dépressif (PHQ-9) chez les moins instruits et chez les plus instruits, standardisé pour l’âge, 15 ans et plus, Enquête de santé 2018.',
			'Ratio of the share with a depressive disorder (PHQ-9) among the lowest to that among the highest educated, age-standardised, ages 15 and over, Health Interview Survey 2018.'
		]
	],
	[
		'edu_rel_ratio_suicidal_ideation_12m',
		'mental_health',
		'15+',
		'HIS suicidal behaviour questions',
		'',
		'false',
		[
			'Verhouding laagst/hoogst opgeleiden: zelfmoordgedachten',
			'Rapport moins/plus instruits : idées suicidaires',
			'Lowest-to-highest education ratio: suicidal thoughts'
		],
		[
			'Verhouding tussen het aandeel met zelfmoordgedachten in de voorbije 12 maanden bij de laagst en bij de hoogst opgeleiden, gestandaardiseerd voor leeftijd, 15 jaar en ouder, Gezondheidsenquête 2018.',
			'Rapport entre la part des personnes ayant eu des idées suicidaires au cours des 12 derniers mois chez les moins instruits et chez les plus instruits, standardisé pour l’âge, 15 ans et plus, Enquête de santé 2018.',
			'Ratio of the share with suicidal thoughts in the past 12 months among the lowest to that among the highest educated, age-standardised, ages 15 and over, Health Interview Survey 2018.'
		]
	],
	[
		'edu_rel_ratio_anxiety_disorder',
		'mental_health',
		'15+',
		'GAD-7',
		'',
		'false',
		[
			'Verhouding laagst/hoogst opgeleiden: angststoornis',
			'Rapport moins/plus instruits : trouble anxieux',
			'Lowest-to-highest education ratio: anxiety disorder'
		],
		[
			'Verhouding tussen het aandeel met een angststoornis (GAD-7) bij de laagst en bij de hoogst opgeleiden, gestandaardiseerd voor leeftijd, 15 jaar en ouder, Gezondheidsenquête 2018.',
			'Rapport entre la part des personnes présentant un trouble anxieux (GAD-7) chez les moins instruits et chez les plus instruits, standardisé pour l’âge, 15 ans et plus, Enquête de santé 2018.',
			'Ratio of the share with an anxiety disorder (GAD-7) among the lowest to that among the highest educated, age-standardised, ages 15 and over, Health Interview Survey 2018.'
		]
	],
	[
		'edu_paf_depressive_disorder',
		'mental_health',
		'15+',
		'PHQ-9',
		'',
		'false',
		[
			'Vermijdbaar deel van depressieve stoornis door onderwijsongelijkheid',
			'Part évitable du trouble dépressif liée aux inégalités d’instruction',
			'Share of depressive disorder attributable to education inequality'
		],
		[
			'Procentuele daling van de prevalentie van depressieve stoornis (PHQ-9) in de hele bevolking als iedereen de prevalentie van de hoogst opgeleiden had (populatie-attributieve fractie), 15 jaar en ouder, Gezondheidsenquête 2018.',
			'Baisse en pourcentage de la prévalence du trouble dépressif (PHQ-9) dans l’ensemble de la population si tous avaient la prévalence des plus instruits (fraction attribuable dans la population), 15 ans et plus, Enquête de santé 2018.',
			'Percentage fall in the prevalence of depressive disorder (PHQ-9) in the whole population if everyone had the prevalence of the highest educated (population attributable fraction), ages 15 and over, Health Interview Survey 2018.'
		]
	],
	[
		'edu_paf_anxiety_disorder',
		'mental_health',
		'15+',
		'GAD-7',
		'',
		'false',
		[
			'Vermijdbaar deel van angststoornis door onderwijsongelijkheid',
			'Part évitable du trouble anxieux liée aux inégalités d’instruction',
			'Share of anxiety disorder attributable to education inequality'
		],
		[
			'Procentuele daling van de prevalentie van angststoornis (GAD-7) in de hele bevolking als iedereen de prevalentie van de hoogst opgeleiden had (populatie-attributieve fractie), 15 jaar en ouder, Gezondheidsenquête 2018.',
			'Baisse en pourcentage de la prévalence du trouble anxieux (GAD-7) dans l’ensemble de la population si tous avaient la prévalence des plus instruits (fraction attribuable dans la population), 15 ans et plus, Enquête de santé 2018.',
			'Percentage fall in the prevalence of anxiety disorder (GAD-7) in the whole population if everyone had the prevalence of the highest educated (population attributable fraction), ages 15 and over, Health Interview Survey 2018.'
		]
	],
	[
		'edu_paf_suicidal_ideation_12m',
		'mental_health',
		'15+',
		'HIS suicidal behaviour questions',
		'',
		'false',
		[
			'Vermijdbaar deel van zelfmoordgedachten door onderwijsongelijkheid',
			'Part évitable des idées suicidaires liée aux inégalités d’instruction',
			'Share of suicidal thoughts attributable to education inequality'
		],
		[
			'Procentuele daling van de prevalentie van zelfmoordgedachten (voorbije 12 maanden) in de hele bevolking als iedereen de prevalentie van de hoogst opgeleiden had (populatie-attributieve fractie), 15 jaar en ouder, Gezondheidsenquête 2018.',
			'Baisse en pourcentage de la prévalence des idées suicidaires (12 derniers mois) dans l’ensemble de la population si tous avaient la prévalence des plus instruits (fraction attribuable dans la population), 15 ans et plus, Enquête de santé 2018.',
			'Percentage fall in the prevalence of suicidal thoughts (past 12 months) in the whole population if everyone had the prevalence of the highest educated (population attributable fraction), ages 15 and over, Health Interview Survey 2018.'
		]
	],
	[
		'pa_mediated_share_airpollution_gad',
		'mental_health',
		'15+',
		'mediation analysis (Hautekiet et al. 2022)',
		'',
		'',
		[
			'Deel van het verband tussen fijnstof en angst dat via lichaamsbeweging loopt',
			'Part de l’association entre particules fines et anxiété médiée par l’activité physique',
			'Share of the particulate matter-anxiety association mediated by physical activity'
		],
		[
			'Deel van het verband tussen blootstelling aan fijnstof (PM2,5) en gegeneraliseerde angststoornis dat via verschillen in lichaamsbeweging kan lopen (mediatieanalyse), Hautekiet e.a. 2022, gepoolde Gezondheidsenquêtes 2008, 2013 en 2018, 15 jaar en ouder. Geen vergelijking van actieve met inactieve mensen.',
			'Part de l’association entre l’exposition aux particules fines (PM2,5) et le trouble anxieux généralisé qui peut passer par des différences d’activité physique (analyse de médiation), Hautekiet et al. 2022, Enquêtes de santé 2008, 2013 et 2018 regroupées, 15 ans et plus. Ce n’est pas une comparaison entre personnes actives et inactives.',
			'Share of the association between exposure to particulate matter (PM2.5) and generalised anxiety disorder that may run through differences in physical activity (mediation analysis), Hautekiet et al. 2022, pooled Health Interview Surveys 2008, 2013 and 2018, ages 15 and over. Not a comparison of active with inactive people.'
		]
	]
];

// ---------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------
const UNIT = { visits: 'mean_count', million_euro: 'million_eur' };
const STANDARDISATION = {
	age_adjusted: 'age_standardised',
	age_standardised: 'age_standardised',
	not_stated: 'not_stated',
	not_applicable: 'not_applicable'
};
const FLAG_ORDER = DIM.filter((d) => d.dimension === 'flag').map((d) => d.code);
const OBS_COLUMNS = [
	'indicator',
	'survey',
	'year',
	'period',
	'wave_date',
	'region',
	'breakdown',
	'group',
	'age_base',
	'age_base_source',
	'value',
	'ci_low',
	'ci_high',
	'n',
	'standardisation',
	'preferred',
	'flags',
	'note',
	'source',
	'source_url',
	'source_quote',
	'origin'
];
const SHARED_COLUMNS = [
	'indicator_id',
	'indicator_label_en',
	'survey',
	'year',
	'population',
	'region',
	'breakdown',
	'group',
	'value',
	'ci_low',
	'ci_high',
	'unit',
	'standardisation',
	'source_url',
	'source_quote'
];
const GENERIC_ONLINE =
	'Online opt-in survey, not designed to be representative; not comparable with the face-to-face Health Interview Survey.';
const GENERIC_SECONDARY =
	'Reported by a secondary source (press, aggregator or mirror copy), not by the survey’s publisher.';

/** True when `value` occurs in `quote` with any decimal mark (. , ·) and thousands separator (none . , space, narrow space). */
function valueInQuote(value, quote) {
	const [int, dec] = value.split('.');
	const seps = ['', '.', ',', ' ', '\u202f', '\u00a0'];
	for (const sep of seps) {
		const grouped = sep ? int.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : int;
		for (const mark of ['.', ',', '·']) {
			if (quote.includes(dec === undefined ? grouped : `${grouped}${mark}${dec}`)) return true;
		}
	}
	return false;
}

const observations = {}; // file -> rows
const unitOf = new Map();
const usedRules = new Set();
for (const file of FILES) {
	const text = fs.readFileSync(path.join(SHARED, `${file}.csv`), 'utf8');
	const rows = parseCsv(text);
	const head = Object.keys(rows[0]).filter((k) => k !== 'line');
	if (head.join(',') !== SHARED_COLUMNS.join(',')) fail(`${file}.csv: unexpected columns ${head.join(',')}`);
	observations[file] = rows.map((s) => {
		const ref = `${ABBR[file]} ${s.line}`;
		const where = `${file}.csv:${s.line}`;
		const r = RULES.get(ref) ?? { flags: [], notes: [] };
		if (RULES.has(ref)) usedRules.add(ref);
		const notes = [...r.notes];
		const flags = new Set(r.flags);

		const survey = surveyCode(s.survey, s.year);
		if (!survey || !SURVEYS.has(survey)) fail(`${where}: survey "${s.survey}" has no code`);
		const family = SURVEYS.get(survey)?.family;
		let indicator = r.indicator ?? s.indicator_id;
		if ((family === 'COVID_HS' || family === 'BELHEALTH') && SPLIT_ONLINE.has(indicator)) {
			notes.unshift(
				`Online opt-in survey; split from ${indicator} so that it is never joined with the face-to-face HIS (crosswalk L24).`
			);
			indicator += '_online';
		}
		if (family === 'PB' && SPLIT_PB.has(indicator)) {
			notes.unshift(
				`Preventiebarometer (Flanders only, 18+); split from ${indicator} so that it is not read as a trend with the HIS (crosswalk L26, L28).`
			);
			indicator += '_pb';
		}
		const plainYear = /^\d{4}$/.test(s.year);
		const region = regionCode(s.region, s.year);
		if (!region) fail(`${where}: region "${s.region}" has no code`);
		const breakdown = r.breakdown ?? s.breakdown;
		const group = r.group ?? groupCode(breakdown, s.group);
		if (!group) fail(`${where}: group "${s.group}" (${breakdown}) has no code`);
		const parsed = parseAgeBase(s.population);
		const ageBase = r.ageBase ?? parsed?.[0];
		const ageBaseSource = r.ageBaseSource ?? parsed?.[1];
		if (!ageBase || !ageBaseSource) fail(`${where}: population "${s.population}" needs an age_base rule`);
		const source = SOURCES.get(canonicalUrl(s.source_url));
		if (!source) fail(`${where}: source url not in SOURCE_LIST: ${s.source_url}`);
		const standardisation = STANDARDISATION[s.standardisation];
		if (!standardisation) fail(`${where}: standardisation "${s.standardisation}"`);
		const unit = UNIT[s.unit] ?? s.unit;
		if (unitOf.has(indicator) && unitOf.get(indicator) !== unit)
			fail(`${where}: ${indicator} mixes units ${unitOf.get(indicator)} and ${unit}`);
		unitOf.set(indicator, unit);

		if (source?.kind === 'secondary') flags.add('secondary_source');
		if (family === 'COVID_HS' || family === 'BELHEALTH') flags.add('online_survey');
		if (family === 'PB') flags.add('flanders_only');
		if (NON_STANDARD_AREAS.has(region)) flags.add('non_standard_area');
		if (ageBaseSource === 'inferred') flags.add('inferred_age_base');
		for (const f of flags) if (!FLAG_ORDER.includes(f)) fail(`${where}: unknown flag ${f}`);
		if (!notes.length && flags.has('online_survey')) notes.push(GENERIC_ONLINE);
		if (!notes.length && flags.has('secondary_source')) notes.push(GENERIC_SECONDARY);

		if (!/^\d+(\.\d+)?$/.test(s.value)) fail(`${where}: value "${s.value}" is not a plain number`);
		if (!valueInQuote(s.value, s.source_quote)) fail(`${where}: value ${s.value} not found in its source_quote`);
		for (const c of ['ci_low', 'ci_high']) {
			if (s[c] && !valueInQuote(s[c], s.source_quote)) fail(`${where}: ${c} ${s[c]} not found in its source_quote`);
		}
		return {
			indicator,
			survey,
			year: plainYear ? s.year : '',
			period: plainYear ? '' : s.year,
			wave_date: SURVEYS.get(survey)?.wave_date ?? '',
			region,
			breakdown,
			group,
			age_base: ageBase,
			age_base_source: ageBaseSource,
			value: s.value,
			ci_low: s.ci_low,
			ci_high: s.ci_high,
			n: r.n ?? '',
			standardisation,
			preferred: r.preferred === false ? 'false' : 'true',
			flags: FLAG_ORDER.filter((f) => flags.has(f)).join(';'),
			note: notes.join(' '),
			source: source?.id ?? '',
			source_url: s.source_url,
			source_quote: s.source_quote,
			origin: `${file}.csv:${s.line}`
		};
	});
}
for (const ref of RULES.keys()) if (!usedRules.has(ref)) fail(`rule for ${ref} matched no row`);
const allObs = FILES.flatMap((f) => observations[f]);
if (allObs.length !== 464) fail(`expected 464 shared rows, got ${allObs.length}`);

// ---------------------------------------------------------------------------------------------
// Catalogue tables and consistency checks
// ---------------------------------------------------------------------------------------------
const firstSeen = (key) => [...new Set(allObs.map((o) => o[key]))];
const INDICATORS = new Map(
	INDICATOR_LIST.map(([id, topic, population, instrument, series, hib, l, d]) => [
		id,
		{ id, topic, population, instrument, series, hib, l, d }
	])
);
if (INDICATORS.size !== INDICATOR_LIST.length) fail('duplicate indicator id in INDICATOR_LIST');
const seriesIds = new Set(SERIES.map((s) => s[0]));
const indicatorRows = firstSeen('indicator')
	.map((id) => {
		const m = INDICATORS.get(id);
		if (!m) {
			fail(`indicator ${id} has no metadata`);
			return null;
		}
		const rows = allObs.filter((o) => o.indicator === id);
		const regions = new Set(rows.map((o) => o.region));
		const geography = [...regions].some((g) => !BELGIAN.has(g))
			? 'international'
			: [...regions].every((g) => g === 'LEUVEN' || g === 'LEUVEN_MECHELEN')
				? 'local'
				: [...regions].every((g) => g === 'BE-VLG' || g === 'BE-VLG+BE-BRU')
					? 'flanders'
					: 'belgium';
		const decimals = Math.max(...rows.map((o) => (o.value.split('.')[1] ?? '').length));
		if (m.series && !seriesIds.has(m.series)) fail(`indicator ${id}: unknown series ${m.series}`);
		return {
			id,
			topic: m.topic,
			unit: unitOf.get(id),
			population: m.population,
			geography,
			instrument: m.instrument,
			label_nl: m.l[0],
			label_fr: m.l[1],
			label_en: m.l[2],
			definition_nl: m.d[0],
			definition_fr: m.d[1],
			definition_en: m.d[2],
			decimals,
			higher_is_better: m.hib,
			series: m.series
		};
	})
	.filter(Boolean);
for (const id of INDICATORS.keys()) if (!unitOf.has(id)) fail(`indicator ${id} has metadata but no rows`);

// Every code used must be in dimensions.csv.
const dimKey = (d, c) => `${d}\u0000${c}`;
const dimSet = new Set(DIM.map((d) => dimKey(d.dimension, d.code)));
const groupParent = new Map(
	DIM.filter((d) => d.dimension === 'group').map((d) => [`${d.parent}\u0000${d.code}`, true])
);
for (const o of allObs) {
	if (!dimSet.has(dimKey('region', o.region))) fail(`${o.origin}: region ${o.region} not in dimensions`);
	if (!dimSet.has(dimKey('breakdown', o.breakdown))) fail(`${o.origin}: breakdown ${o.breakdown} not in dimensions`);
	if (!groupParent.has(`${o.breakdown}\u0000${o.group}`))
		fail(`${o.origin}: group ${o.group} not under breakdown ${o.breakdown}`);
}
if (new Set(DIM.map((d) => dimKey(d.dimension, d.code) + '\u0000' + d.parent)).size !== DIM.length)
	fail('duplicate dimension code');

// Key (indicator, survey, region, breakdown, group, age_base): at most one preferred row; every
// non-preferred row has a preferred twin.
const keyOf = (o) => [o.indicator, o.survey, o.region, o.breakdown, o.group, o.age_base].join('|');
const cellOf = (o) => [o.region, o.breakdown, o.group].join('|');
const preferredByKey = new Map();
for (const o of allObs.filter((x) => x.preferred === 'true')) {
	const k = keyOf(o);
	if (preferredByKey.has(k)) fail(`${o.origin}: key ${k} already preferred in ${preferredByKey.get(k).origin}`);
	preferredByKey.set(k, o);
}
for (const o of allObs.filter((x) => x.preferred === 'false')) {
	const twin = [...preferredByKey.values()].find(
		(p) => p.indicator === o.indicator && cellOf(p) === cellOf(o) && p.survey === o.survey
	);
	if (!twin) fail(`${o.origin}: non-preferred row has no preferred row for the same cell`);
}
// Indicators of one series never share a (year, region, breakdown, group) cell among preferred rows.
const seriesCell = new Map();
for (const o of allObs.filter((x) => x.preferred === 'true')) {
	const s = INDICATORS.get(o.indicator)?.series;
	if (!s) continue;
	const k = [s, o.year || o.period, cellOf(o)].join('|');
	const prev = seriesCell.get(k);
	if (prev && prev.indicator !== o.indicator)
		fail(`${o.origin}: series ${s} cell ${k} also held by ${prev.indicator} (${prev.origin})`);
	seriesCell.set(k, o);
}
// Series units: one unit per series.
for (const [sid] of SERIES) {
	const members = indicatorRows.filter((i) => i.series === sid);
	if (!members.length) fail(`series ${sid} has no indicator`);
	if (new Set(members.map((i) => i.unit)).size > 1) fail(`series ${sid} mixes units`);
}

const usedSurveys = new Set(allObs.map((o) => o.survey));
const surveyRows = [...SURVEYS.values()].filter((s) => usedSurveys.has(s.id));
for (const s of SURVEYS.keys()) if (!usedSurveys.has(s)) fail(`survey ${s} defined but unused`);
const sourceById = new Map([...SOURCES.values()].map((s) => [s.id, s]));
const sourceRows = firstSeen('source').map((id) => sourceById.get(id));
if (sourceRows.length !== SOURCES.size) fail(`${SOURCES.size - sourceRows.length} sources defined but unused`);
const usedCodes = new Set(
	allObs.flatMap((o) => [dimKey('region', o.region), dimKey('breakdown', o.breakdown), dimKey('group', o.group)])
);
const unusedDims = DIM.filter((d) => d.dimension !== 'flag' && !usedCodes.has(dimKey(d.dimension, d.code)));
for (const d of unusedDims) fail(`dimension ${d.dimension} ${d.code} defined but unused`);

// Eurostat TSV quotes carry their own key (unit,indicator,isced11,sex,age,geo): check it against the codes.
const EUROSTAT_AGE = {
	Y_GE18: '18+',
	TOTAL: '15+',
	Y_GE65: '65+',
	Y_GE75: '75+',
	'Y65-74': '65-74',
	'Y18-64': '18-64',
	'Y18-24': '18-24'
};
for (const o of allObs) {
	const m = o.source_quote.match(/^PC,[A-Z_0-9]+,TOTAL,([TMF]),([A-Z_0-9-]+),([A-Z0-9_]+)\t/);
	if (!m) continue;
	const sexOk = m[1] === 'T' ? o.breakdown !== 'sex' : o.group === { M: 'male', F: 'female' }[m[1]];
	if (m[3] !== o.region || !sexOk || EUROSTAT_AGE[m[2]] !== o.age_base)
		fail(`${o.origin}: Eurostat key ${m.slice(1).join(',')} does not match ${o.region}/${o.group}/${o.age_base}`);
}

if (problems.length) {
	for (const p of problems) console.error(p);
	console.error(`${problems.length} problem(s); nothing written.`);
	process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Write
// ---------------------------------------------------------------------------------------------
for (const file of FILES) writeCsv(path.join(OUT, 'observations', `${file}.csv`), OBS_COLUMNS, observations[file]);
writeCsv(
	path.join(OUT, 'indicators.csv'),
	[
		'id',
		'topic',
		'unit',
		'population',
		'geography',
		'instrument',
		'label_nl',
		'label_fr',
		'label_en',
		'definition_nl',
		'definition_fr',
		'definition_en',
		'decimals',
		'higher_is_better',
		'series'
	],
	indicatorRows
);
writeCsv(
	path.join(OUT, 'series.csv'),
	['id', 'label_nl', 'label_fr', 'label_en', 'break_note_nl', 'break_note_fr', 'break_note_en'],
	SERIES.map(([id, label_nl, label_fr, label_en, break_note_nl, break_note_fr, break_note_en]) => ({
		id,
		label_nl,
		label_fr,
		label_en,
		break_note_nl,
		break_note_fr,
		break_note_en
	}))
);
writeCsv(path.join(OUT, 'surveys.csv'), ['id', 'family', 'mode', 'label_nl', 'label_fr', 'label_en'], surveyRows);
writeCsv(
	path.join(OUT, 'dimensions.csv'),
	['dimension', 'code', 'parent', 'order', 'label_nl', 'label_fr', 'label_en'],
	DIM
);
writeCsv(
	path.join(OUT, 'sources.csv'),
	['id', 'title', 'publisher', 'year', 'url', 'licence', 'kind', 'citation'],
	sourceRows
);

const count = (rows) => rows.length;
console.log(
	`observations: ${FILES.map((f) => `${f} ${count(observations[f])}`).join(', ')} (total ${allObs.length}, ${allObs.filter((o) => o.preferred === 'false').length} not preferred)`
);
console.log(
	`indicators ${indicatorRows.length}, series ${SERIES.length}, surveys ${surveyRows.length}, sources ${sourceRows.length}, dimension codes ${DIM.length}`
);
