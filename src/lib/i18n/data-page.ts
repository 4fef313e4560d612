// Texts of the data page (downloads, codebook, API), one object per language: TypeScript checks
// that every language has every text.
import type { Lang } from './langs.ts';

interface DataPageText {
	title: string;
	intro: string;
	downloads: string;
	allCsv: string;
	allExcel: string;
	allJson: string;
	codebookCsv: string;
	dataPackage: string;
	dataPackageHelp: string;
	rawTables: string;
	codebook: string;
	indicators: string;
	codes: string;
	columns: string;
	columnsNote: string;
	colKind: string;
	colCode: string;
	colLabel: string;
	colDefinition: string;
	colFile: string;
	colColumn: string;
	colDescription: string;
	api: string;
	apiIntro: string;
	apiStable: string;
	sourcesTitle: string;
	licence: string;
}

export const dataPageText: Record<Lang, DataPageText> = {
	nl: {
		title: 'Gegevens, codeboek en API',
		intro:
			'Alle cijfers van deze site, met hun definitie, bron, bronzin en licentie, om te downloaden of rechtstreeks op te vragen.',
		downloads: 'Downloads',
		allCsv: 'Alle cijfers (CSV)',
		allExcel: 'Alle cijfers (CSV voor Excel)',
		allJson: 'Alle cijfers (JSON)',
		codebookCsv: 'Codeboek (CSV)',
		dataPackage: 'Datapakket (Frictionless datapackage.json)',
		dataPackageHelp:
			'Het datapakket beschrijft elke tabel met types, eenheden, codes en ontbrekende waarden, zodat R, Python (frictionless, pandas) en andere tools de bestanden getypeerd inlezen.',
		rawTables: 'De tabellen van de catalogus',
		codebook: 'Codeboek',
		indicators: 'Indicatoren',
		codes: 'Codes',
		columns: 'Kolommen',
		columnsNote:
			'catalogue.csv staat voor alle bestanden met cijfers: catalogue.json, catalogue-excel.csv, catalogue-en.csv en de bestanden per indicator hebben dezelfde kolommen. Het type tussen haakjes is dat van het datapakket.',
		colKind: 'Soort',
		colCode: 'Code',
		colLabel: 'Naam',
		colDefinition: 'Definitie',
		colFile: 'Bestand',
		colColumn: 'Kolom',
		colDescription: 'Beschrijving',
		api: 'Statische API',
		apiIntro:
			'Elke indicator heeft een eigen JSON- en CSV-bestand; de lijst staat in indicators.json. De bestanden zijn statisch en mogen vrij worden opgevraagd.',
		apiStable: 'Versie 1: kolommen en velden veranderen niet binnen deze versie; nieuwe velden komen achteraan.',
		sourcesTitle: 'Bronnen',
		licence: 'Licentie'
	},
	fr: {
		title: 'Données, dictionnaire et API',
		intro:
			'Tous les chiffres du site, avec leur définition, leur source, la phrase source et la licence, à télécharger ou à interroger directement.',
		downloads: 'Téléchargements',
		allCsv: 'Tous les chiffres (CSV)',
		allExcel: 'Tous les chiffres (CSV pour Excel)',
		allJson: 'Tous les chiffres (JSON)',
		codebookCsv: 'Dictionnaire des données (CSV)',
		dataPackage: 'Paquet de données (Frictionless datapackage.json)',
		dataPackageHelp:
			'Le paquet décrit chaque table avec types, unités, codes et valeurs manquantes, pour que R, Python (frictionless, pandas) et d’autres outils lisent les fichiers typés.',
		rawTables: 'Les tables du catalogue',
		codebook: 'Dictionnaire des données',
		indicators: 'Indicateurs',
		codes: 'Codes',
		columns: 'Colonnes',
		columnsNote:
			'catalogue.csv vaut pour tous les fichiers de chiffres : catalogue.json, catalogue-excel.csv, catalogue-en.csv et les fichiers par indicateur ont les mêmes colonnes. Le type entre crochets est celui du paquet de données.',
		colKind: 'Type',
		colCode: 'Code',
		colLabel: 'Nom',
		colDefinition: 'Définition',
		colFile: 'Fichier',
		colColumn: 'Colonne',
		colDescription: 'Description',
		api: 'API statique',
		apiIntro:
			'Chaque indicateur a son fichier JSON et CSV ; la liste se trouve dans indicators.json. Les fichiers sont statiques et peuvent être interrogés librement.',
		apiStable:
			'Version 1 : les colonnes et champs ne changent pas dans cette version ; les nouveaux champs sont ajoutés à la fin.',
		sourcesTitle: 'Sources',
		licence: 'Licence'
	},
	en: {
		title: 'Data, codebook and API',
		intro:
			'Every figure of the site, with its definition, source, source sentence and licence, to download or query directly.',
		downloads: 'Downloads',
		allCsv: 'All figures (CSV)',
		allExcel: 'All figures (CSV for Excel)',
		allJson: 'All figures (JSON)',
		codebookCsv: 'Codebook (CSV)',
		dataPackage: 'Data package (Frictionless datapackage.json)',
		dataPackageHelp:
			'The data package describes every table with types, units, codes and missing values, so R, Python (frictionless, pandas) and other tools read the files typed.',
		rawTables: 'The catalogue tables',
		codebook: 'Codebook',
		indicators: 'Indicators',
		codes: 'Codes',
		columns: 'Columns',
		columnsNote:
			'catalogue.csv stands for every file of figures: catalogue.json, catalogue-excel.csv, catalogue-en.csv and the files per indicator have the same columns. The type in brackets is that of the data package.',
		colKind: 'Kind',
		colCode: 'Code',
		colLabel: 'Name',
		colDefinition: 'Definition',
		colFile: 'File',
		colColumn: 'Column',
		colDescription: 'Description',
		api: 'Static API',
		apiIntro:
			'Every indicator has its own JSON and CSV file; the list is in indicators.json. The files are static and may be fetched freely.',
		apiStable: 'Version 1: columns and fields do not change within this version; new fields are added at the end.',
		sourcesTitle: 'Sources',
		licence: 'Licence'
	}
};
