// Texts of the static pages (accessibility statement, 404 pages), one table per language.
// Kept out of messages/*.json on purpose: these are long, page-specific texts; the Record<Lang, …>
// types make a missing language or field a type error, like the message parity test does.

import { langs, locales, type Lang } from './langs.ts';

/** Dates of the accessibility statement (ISO). Review at least once a year (Implementing Decision (EU) 2018/1523); a test fails after 12 months. */
export const accessibilityDates = { prepared: '2026-11-25', reviewed: '2026-11-25' } as const;

/** A date such as 25 november 2026 / 25 novembre 2026 / 25 November 2026. */
export function formatStatementDate(iso: string, lang: Lang): string {
	return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${iso}T00:00:00Z`)
	);
}

export interface Link {
	label: string;
	href: string;
}

export interface NonAccessibleItem {
	/** What is not accessible, and which success criterion. */
	what: string;
	/** Why: non-compliance, disproportionate burden or out of scope. */
	reason: string;
	/** What a reader can use instead. */
	alternative: string;
}

export interface AccessibilityTexts {
	/** Text of the footer link to this page. */
	linkLabel: string;
	title: string;
	intro: string;
	status: { heading: string; text: string };
	nonAccessible: {
		heading: string;
		intro: string;
		reasonLabel: string;
		alternativeLabel: string;
		items: NonAccessibleItem[];
	};
	preparation: { heading: string; prepared: string; reviewed: string; method: string };
	feedback: { heading: string; text: string; contactLabel: string; contact: string };
	enforcement: { heading: string; text: string; links: Link[] };
}

const ombudsmen = {
	federal: 'https://www.federaalombudsman.be/',
	flanders: 'https://www.vlaanderen.be/vlaamse-ombudsdienst',
	bosa: 'https://accessibility.belgium.be/'
};

export const accessibility: Record<Lang, AccessibilityTexts> = {
	nl: {
		linkLabel: 'Toegankelijkheidsverklaring',
		title: 'Toegankelijkheidsverklaring',
		intro:
			'De uitgevers van deze website willen hem toegankelijk maken volgens de Belgische regels die Richtlijn (EU) 2016/2102 omzetten. Deze verklaring geldt voor alle pagina’s van deze website in het Nederlands, het Frans en het Engels, en voor de downloads die ze aanbiedt.',
		status: {
			heading: 'Nalevingsstatus',
			text: 'Deze website voldoet gedeeltelijk aan de Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA en aan de geharmoniseerde norm EN 301 549, wegens de niet-naleving die hieronder is opgesomd.'
		},
		nonAccessible: {
			heading: 'Niet-toegankelijke inhoud',
			intro: 'De volgende inhoud is (nog) niet volledig toegankelijk.',
			reasonLabel: 'Reden',
			alternativeLabel: 'Alternatief',
			items: [
				{
					what: 'Grafieken: een schermlezer krijgt de titel en een beschrijving van de grafiek, maar niet elk detail van de tekening (de precieze ligging van punten, lijnen en betrouwbaarheidsbanden). WCAG 1.1.1.',
					reason: 'Niet-naleving: een tekening kan niet in woorden worden weergegeven zonder de cijfers te herhalen.',
					alternative:
						'Onder elke grafiek staat een tabel met alle getoonde cijfers, met betrouwbaarheidsintervallen en steekproefgrootte wanneer die gepubliceerd zijn.'
				},
				{
					what: 'Letterlijke citaten uit de bronnen staan in de taal van de bron, zonder aanduiding van die taal in de code, zodat een schermlezer ze met de verkeerde uitspraak kan voorlezen. WCAG 3.1.2.',
					reason: 'Niet-naleving; wordt verholpen.',
					alternative:
						'De betekenis van elk citaat staat in de taal van de pagina in de definitie en de notities van de indicator.'
				},
				{
					what: 'Afbeeldingen van grafieken die als PNG-bestand worden gedownload, hebben geen tekstalternatief: een beeldbestand kan er geen bevatten. WCAG 1.1.1.',
					reason: 'Niet-naleving: eigen aan het bestandsformaat.',
					alternative: 'Download dezelfde cijfers als CSV of JSON, of gebruik de tabel en de beschrijving op de pagina.'
				},
				{
					what: 'De pagina’s zijn nog niet met schermlezers (NVDA, VoiceOver) of enkel met het toetsenbord nagelopen; automatische tests vinden maar een deel van de problemen.',
					reason: 'Niet-naleving: de handmatige controle is gepland maar nog niet gebeurd.',
					alternative:
						'Meld elk probleem via de feedbackprocedure hieronder; we bezorgen de inhoud dan in een toegankelijke vorm.'
				},
				{
					what: 'Documenten van de bronnen waarnaar we linken (rapporten, persberichten, pdf-bestanden van andere organisaties).',
					reason: 'Buiten het toepassingsgebied: inhoud van derden die de uitgevers van deze website niet beheren.',
					alternative: 'Het cijfer en de letterlijke zin waaruit het komt, staan bij elke waarde op deze website.'
				}
			]
		},
		preparation: {
			heading: 'Opstelling van deze verklaring',
			prepared: 'Opgesteld op',
			reviewed: 'Laatst herzien op',
			method:
				'Methode: zelfbeoordeling door het team, ondersteund door automatische controles met axe-core (WCAG 2.0 en 2.1, niveaus A en AA) in Chromium op elke pagina, in licht en donker kleurenschema, bij elke build, en door tests die nagaan dat elke grafiek zonder JavaScript een naam, een beschrijving en een tabel met dezelfde cijfers heeft.'
		},
		feedback: {
			heading: 'Feedback en contact',
			text: 'Loopt u tegen een toegankelijkheidsprobleem aan, of hebt u inhoud nodig in een toegankelijke vorm? Er is nog geen apart contactadres.',
			contactLabel: 'Hoe',
			contact: 'Open een issue in de repository van dit project en beschrijf de pagina en het probleem.'
		},
		enforcement: {
			heading: 'Handhavingsprocedure',
			text: 'Krijgt u geen of geen bevredigend antwoord op uw melding, dan kunt u klacht indienen bij de ombudsdienst die bevoegd is voor de uitgever van deze website. Welke dienst bevoegd is, hangt af van wie de website uitgeeft: de federale Ombudsman voor een federale overheidsinstantie, de Vlaamse Ombudsdienst voor een Vlaamse; de andere gewesten en gemeenschappen hebben hun eigen ombudsdienst. De FOD BOSA volgt de toegankelijkheid van federale websites op.',
			links: [
				{ label: 'Federale Ombudsman', href: ombudsmen.federal },
				{ label: 'Vlaamse Ombudsdienst', href: ombudsmen.flanders },
				{ label: 'FOD BOSA: toegankelijkheid van websites', href: ombudsmen.bosa }
			]
		}
	},
	fr: {
		linkLabel: 'Déclaration d’accessibilité',
		title: 'Déclaration d’accessibilité',
		intro:
			'Les éditeurs de ce site s’engagent à le rendre accessible conformément aux règles belges qui transposent la directive (UE) 2016/2102. Cette déclaration s’applique à toutes les pages de ce site en néerlandais, en français et en anglais, et aux téléchargements qu’il propose.',
		status: {
			heading: 'État de conformité',
			text: 'Ce site est partiellement conforme aux règles pour l’accessibilité des contenus web (WCAG) 2.1 niveau AA et à la norme harmonisée EN 301 549, en raison des non-conformités énumérées ci-dessous.'
		},
		nonAccessible: {
			heading: 'Contenus non accessibles',
			intro: 'Les contenus suivants ne sont pas (encore) pleinement accessibles.',
			reasonLabel: 'Raison',
			alternativeLabel: 'Alternative',
			items: [
				{
					what: 'Graphiques : un lecteur d’écran reçoit le titre et une description du graphique, mais pas chaque détail du dessin (position exacte des points, des lignes et des bandes de confiance). WCAG 1.1.1.',
					reason: 'Non-conformité : un dessin ne peut pas être rendu en mots sans répéter les chiffres.',
					alternative:
						'Sous chaque graphique, un tableau donne tous les chiffres affichés, avec les intervalles de confiance et la taille de l’échantillon quand ils sont publiés.'
				},
				{
					what: 'Les citations textuelles des sources sont dans la langue de la source, sans indication de cette langue dans le code ; un lecteur d’écran peut donc mal les prononcer. WCAG 3.1.2.',
					reason: 'Non-conformité ; correction prévue.',
					alternative:
						'Le sens de chaque citation est donné dans la langue de la page par la définition et les notes de l’indicateur.'
				},
				{
					what: 'Les images de graphiques téléchargées en PNG n’ont pas d’alternative textuelle : un fichier image ne peut pas en contenir. WCAG 1.1.1.',
					reason: 'Non-conformité : propre au format de fichier.',
					alternative:
						'Téléchargez les mêmes chiffres en CSV ou JSON, ou utilisez le tableau et la description de la page.'
				},
				{
					what: 'Les pages n’ont pas encore été vérifiées avec des lecteurs d’écran (NVDA, VoiceOver) ni uniquement au clavier ; les tests automatiques ne trouvent qu’une partie des problèmes.',
					reason: 'Non-conformité : la vérification manuelle est prévue mais pas encore faite.',
					alternative:
						'Signalez tout problème par la procédure ci-dessous ; nous fournirons alors le contenu sous une forme accessible.'
				},
				{
					what: 'Documents des sources vers lesquels nous renvoyons (rapports, communiqués, fichiers PDF d’autres organisations).',
					reason: 'Hors champ : contenus de tiers que les éditeurs de ce site ne contrôlent pas.',
					alternative: 'Le chiffre et la phrase exacte dont il est tiré figurent avec chaque valeur sur ce site.'
				}
			]
		},
		preparation: {
			heading: 'Établissement de cette déclaration',
			prepared: 'Établie le',
			reviewed: 'Dernière révision le',
			method:
				'Méthode : auto-évaluation par l’équipe, appuyée par des contrôles automatiques avec axe-core (WCAG 2.0 et 2.1, niveaux A et AA) dans Chromium sur chaque page, en thème clair et sombre, à chaque build, et par des tests qui vérifient que chaque graphique a, sans JavaScript, un nom, une description et un tableau avec les mêmes chiffres.'
		},
		feedback: {
			heading: 'Retour d’information et contact',
			text: 'Vous rencontrez un problème d’accessibilité ou vous avez besoin d’un contenu sous une forme accessible ? Il n’existe pas encore d’adresse de contact dédiée.',
			contactLabel: 'Comment',
			contact: 'Ouvrez une issue dans le dépôt de ce projet en décrivant la page et le problème.'
		},
		enforcement: {
			heading: 'Procédure de mise en œuvre',
			text: 'Si vous ne recevez pas de réponse, ou pas de réponse satisfaisante, vous pouvez porter plainte auprès du service de médiation compétent pour l’éditeur de ce site. Le service compétent dépend de l’éditeur : le Médiateur fédéral pour un organisme fédéral, la Vlaamse Ombudsdienst pour un organisme flamand ; les autres régions et communautés ont leur propre service de médiation. Le SPF BOSA suit l’accessibilité des sites fédéraux.',
			links: [
				{ label: 'Médiateur fédéral', href: ombudsmen.federal },
				{ label: 'Vlaamse Ombudsdienst (service de médiation flamand)', href: ombudsmen.flanders },
				{ label: 'SPF BOSA : accessibilité des sites web', href: ombudsmen.bosa }
			]
		}
	},
	en: {
		linkLabel: 'Accessibility statement',
		title: 'Accessibility statement',
		intro:
			'The publishers of this website are committed to making it accessible in accordance with the Belgian rules transposing Directive (EU) 2016/2102. This statement applies to every page of this website in Dutch, French and English, and to the downloads it offers.',
		status: {
			heading: 'Compliance status',
			text: 'This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA and with the harmonised standard EN 301 549, due to the non-compliances listed below.'
		},
		nonAccessible: {
			heading: 'Non-accessible content',
			intro: 'The following content is not (yet) fully accessible.',
			reasonLabel: 'Reason',
			alternativeLabel: 'Alternative',
			items: [
				{
					what: 'Charts: a screen reader gets the chart’s title and a description, but not every detail of the drawing (the exact position of points, lines and confidence bands). WCAG 1.1.1.',
					reason: 'Non-compliance: a drawing cannot be put into words without repeating the figures.',
					alternative:
						'Every chart has a table below it with all the figures shown, with confidence intervals and sample sizes when they were published.'
				},
				{
					what: 'Verbatim quotes from the sources are in the source’s language, without that language being marked up, so a screen reader may read them with the wrong pronunciation. WCAG 3.1.2.',
					reason: 'Non-compliance; a fix is planned.',
					alternative:
						'The meaning of each quote is given in the page’s language by the indicator’s definition and notes.'
				},
				{
					what: 'Chart images downloaded as PNG files have no text alternative: an image file cannot carry one. WCAG 1.1.1.',
					reason: 'Non-compliance: inherent to the file format.',
					alternative: 'Download the same figures as CSV or JSON, or use the table and the description on the page.'
				},
				{
					what: 'The pages have not yet been checked with screen readers (NVDA, VoiceOver) or with the keyboard alone; automated tests find only part of the problems.',
					reason: 'Non-compliance: the manual check is planned but not yet done.',
					alternative:
						'Report any problem through the feedback procedure below; we will then provide the content in an accessible form.'
				},
				{
					what: 'Documents of the sources we link to (reports, press releases, PDF files of other organisations).',
					reason: 'Out of scope: third-party content that the publishers of this website do not control.',
					alternative: 'The figure and the exact sentence it was taken from are given with every value on this website.'
				}
			]
		},
		preparation: {
			heading: 'Preparation of this statement',
			prepared: 'Prepared on',
			reviewed: 'Last reviewed on',
			method:
				'Method: self-assessment by the team, supported by automated axe-core checks (WCAG 2.0 and 2.1, levels A and AA) in Chromium on every page, in light and dark colour schemes, on every build, and by tests that every chart has, without JavaScript, a name, a description and a table with the same figures.'
		},
		feedback: {
			heading: 'Feedback and contact',
			text: 'Did you run into an accessibility problem, or do you need content in an accessible format? There is no dedicated contact address yet.',
			contactLabel: 'How',
			contact: 'Open an issue in this project’s repository, naming the page and the problem.'
		},
		enforcement: {
			heading: 'Enforcement procedure',
			text: 'If you get no answer, or no satisfactory answer, to your feedback, you can complain to the ombudsman competent for the publisher of this website. Which body is competent depends on who publishes the website: the Federal Ombudsman for a federal public body, the Flemish Ombudsman (Vlaamse Ombudsdienst) for a Flemish one; the other regions and communities have their own ombudsman. FPS BOSA monitors the accessibility of federal websites.',
			links: [
				{ label: 'Federal Ombudsman', href: ombudsmen.federal },
				{ label: 'Flemish Ombudsman (Vlaamse Ombudsdienst)', href: ombudsmen.flanders },
				{ label: 'FPS BOSA: accessibility of websites', href: ombudsmen.bosa }
			]
		}
	}
};

export interface NotFoundTexts {
	title: string;
	heading: string;
	text: string;
	home: string;
	catalogue: string;
}

export const notFound: Record<Lang, NotFoundTexts> = {
	nl: {
		title: 'Pagina niet gevonden',
		heading: 'Deze pagina bestaat niet',
		text: 'Het adres is misschien verkeerd getypt, of de pagina is verplaatst. Alle cijfers zijn te vinden via de startpagina of de lijst van indicatoren.',
		home: 'Naar de startpagina',
		catalogue: 'Alle indicatoren'
	},
	fr: {
		title: 'Page introuvable',
		heading: 'Cette page n’existe pas',
		text: 'L’adresse est peut-être mal saisie, ou la page a été déplacée. Tous les chiffres sont accessibles depuis la page d’accueil ou la liste des indicateurs.',
		home: 'Vers la page d’accueil',
		catalogue: 'Tous les indicateurs'
	},
	en: {
		title: 'Page not found',
		heading: 'This page does not exist',
		text: 'The address may be mistyped, or the page may have moved. Every figure can be found from the home page or the list of indicators.',
		home: 'Go to the home page',
		catalogue: 'All indicators'
	}
};

/** Site names for the language-neutral 404.html (kept here so that file needs no message lookup at request time). */
const siteNames: Record<Lang, string> = { nl: 'Bewegen in België', fr: 'Bouger en Belgique', en: 'Moving in Belgium' };

function escapeHtml(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The host's 404 page (build/404.html), served for any unknown URL at any depth: every URL in it is
 * root-absolute, and it has no script and no style (it is not rendered by SvelteKit, so kit.csp does
 * not cover it; its own CSP meta forbids scripts outright).
 */
export function rootNotFoundHtml(): string {
	const sections = langs
		.map((lang) => {
			const t = notFound[lang];
			return [
				`<section lang="${lang}" aria-labelledby="nf-${lang}">`,
				`<h2 id="nf-${lang}">${escapeHtml(t.heading)}</h2>`,
				`<p>${escapeHtml(t.text)}</p>`,
				`<ul>`,
				`<li><a href="/${lang}/" hreflang="${lang}">${escapeHtml(t.home)} (${escapeHtml(siteNames[lang])})</a></li>`,
				`<li><a href="/${lang}/indicators/" hreflang="${lang}">${escapeHtml(t.catalogue)}</a></li>`,
				`<li><a href="/${lang}/accessibility/" hreflang="${lang}">${escapeHtml(accessibility[lang].linkLabel)}</a></li>`,
				`</ul>`,
				`</section>`
			].join('\n');
		})
		.join('\n');
	const csp =
		"default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";
	return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${langs.map((l) => escapeHtml(notFound[l].title)).join(' · ')}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<main>
<h1>${escapeHtml(notFound.nl.title)} · <span lang="fr">${escapeHtml(notFound.fr.title)}</span> · <span lang="en">${escapeHtml(notFound.en.title)}</span></h1>
${sections}
</main>
</body>
</html>
`;
}
