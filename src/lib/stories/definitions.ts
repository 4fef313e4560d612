// The three stories. Prose holds no digits: every number is a chart (an indicator view) or a fact
// (one published row, formatted at build time). What may and may not be said follows
// docs/data-notes.md and the NOTES of ../shared/data-sources (look-alikes L1, L9, L15, L29; doubts D5,
// D8, D15, D16, D26).
import type { StoryDefinition } from './types.ts';

/** The programme page named in the data sources (intentions_international_NOTES.md, §7). */
export const BOV_URL =
	'https://www.gezondleven.be/projecten/bewegen-op-verwijzing/bewegen-op-verwijzing-aanvraag-indienen';

const movementAndMentalHealth: StoryDefinition = {
	slug: 'movement-and-mental-health',
	title: {
		nl: 'Bewegen en geestelijke gezondheid',
		fr: 'Activité physique et santé mentale',
		en: 'Physical activity and mental health'
	},
	lead: {
		nl: 'Hoeveel mensen in België genoeg bewegen en hoe het met hun geestelijke gezondheid gaat, naast elkaar gezet in dezelfde gezondheidsenquêtes. En wat die cijfers samen wel en niet kunnen zeggen.',
		fr: 'Combien de personnes en Belgique bougent suffisamment et comment se porte leur santé mentale, côte à côte dans les mêmes enquêtes de santé. Et ce que ces chiffres peuvent, ou ne peuvent pas, dire ensemble.',
		en: 'How many people in Belgium move enough and how their mental health is doing, side by side in the same health surveys. And what these figures can and cannot say together.'
	},
	blocks: [
		{ kind: 'heading', text: { nl: 'Waar België staat', fr: 'Où en est la Belgique', en: 'Where Belgium stands' } },
		{
			kind: 'fact',
			indicator: 'pa_aerobic_who_ehispaq',
			select: { survey: 'HIS_2023', region: 'BE', breakdown: 'total', group: 'total' },
			template: {
				nl: 'In de {survey} haalde {value} van de volwassenen in België de WHO-aanbeveling voor aerobe lichaamsbeweging.',
				fr: 'Selon l’{survey}, {value} des adultes en Belgique atteignaient la recommandation de l’OMS en matière d’activité physique aérobie.',
				en: 'In the {survey}, {value} of adults in Belgium met the WHO recommendation for aerobic physical activity.'
			}
		},
		{
			kind: 'text',
			text: {
				nl: 'Sinds de vorige golf meet de Gezondheidsenquête beweging met een nieuwe vragenlijst. Daarom is de lijn onderbroken: de oudere meting en de nieuwe zijn niet vergelijkbaar.',
				fr: 'Depuis la vague précédente, l’Enquête de santé mesure l’activité physique avec un nouveau questionnaire. La ligne est donc interrompue : l’ancienne mesure et la nouvelle ne sont pas comparables.',
				en: 'Since the previous wave, the Health Interview Survey has measured physical activity with a new questionnaire. The line is therefore broken: the older measure and the new one are not comparable.'
			}
		},
		{ kind: 'figure', indicator: 'pa_aerobic_who_ehispaq', breakdown: 'total', state: { view: 'trend', region: 'BE' } },
		{ kind: 'figure', indicator: 'pa_aerobic_who_ehispaq', breakdown: 'total', state: { view: 'bar', year: '2023' } },
		{
			kind: 'text',
			text: {
				nl: 'Naar geslacht zijn de cijfers van de vorige golf de meest recente die gepubliceerd zijn.',
				fr: 'Par sexe, les chiffres de la vague précédente sont les plus récents qui aient été publiés.',
				en: 'By sex, the figures of the previous wave are the latest published.'
			}
		},
		{
			kind: 'figure',
			indicator: 'pa_aerobic_who_ehispaq',
			breakdown: 'sex',
			state: { view: 'bar', year: '2018', region: 'BE' }
		},

		{
			kind: 'heading',
			text: {
				nl: 'Geestelijke gezondheid in dezelfde enquêtes',
				fr: 'La santé mentale dans les mêmes enquêtes',
				en: 'Mental health in the same surveys'
			}
		},
		{
			kind: 'text',
			text: {
				nl: 'Dezelfde Gezondheidsenquête meet ook depressieve stoornissen en angststoornissen, met korte screeningsvragenlijsten. In dezelfde golf waarin de beweegvragenlijst veranderde, kwamen ook hier nieuwe vragenlijsten: ook deze reeksen hebben een breuk. De grafieken tonen de golven waarin beweging en geestelijke gezondheid allebei gemeten zijn.',
				fr: 'La même Enquête de santé mesure aussi les troubles dépressifs et les troubles anxieux, à l’aide de courts questionnaires de dépistage. Lors de la vague où le questionnaire sur l’activité physique a changé, ces questionnaires ont eux aussi changé : ces séries ont également une rupture. Les graphiques montrent les vagues où l’activité physique et la santé mentale ont toutes deux été mesurées.',
				en: 'The same Health Interview Survey also measures depressive and anxiety disorders, with short screening questionnaires. In the wave in which the physical-activity questionnaire changed, these questionnaires changed too: these series also have a break. The charts show the waves in which physical activity and mental health were both measured.'
			}
		},
		{
			kind: 'figure',
			indicator: 'depressive_disorder_phq9',
			breakdown: 'total',
			state: { view: 'trend', region: 'BE' }
		},
		{ kind: 'figure', indicator: 'anxiety_disorder_gad7', breakdown: 'total', state: { view: 'trend', region: 'BE' } },
		{
			kind: 'text',
			text: {
				nl: 'Naar geslacht zijn voor depressie en angst alleen de cijfers van de vorige golf gepubliceerd. De bron vermeldt hun leeftijdsbasis niet; die is afgeleid.',
				fr: 'Par sexe, seuls les chiffres de la vague précédente ont été publiés pour la dépression et l’anxiété. La source ne précise pas leur base d’âge ; elle a été déduite.',
				en: 'By sex, only the figures of the previous wave have been published for depression and anxiety. The source does not state their age base; it was inferred.'
			}
		},
		{ kind: 'figure', indicator: 'depressive_disorder_phq9', breakdown: 'sex', state: { view: 'bar', region: 'BE' } },
		{ kind: 'figure', indicator: 'anxiety_disorder_gad7', breakdown: 'sex', state: { view: 'bar', region: 'BE' } },
		{
			kind: 'fact',
			indicator: 'life_satisfaction_mean',
			select: { survey: 'HIS_2018', region: 'BE', breakdown: 'total', group: 'total' },
			template: {
				nl: 'Gevraagd naar hun tevredenheid met het leven, gaven mensen in België in de {survey} gemiddeld een score van {value}.',
				fr: 'Interrogées sur leur satisfaction à l’égard de la vie, les personnes en Belgique donnaient en moyenne un score de {value} dans l’{survey}.',
				en: 'Asked how satisfied they are with their life, people in Belgium gave an average score of {value} in the {survey}.'
			}
		},
		{
			kind: 'text',
			text: {
				nl: 'Psychisch onwelbevinden is alleen als cijfer gepubliceerd voor oudere golven van de Gezondheidsenquête. De meest recente cijfers per gewest dateren van vóór de nieuwe beweegvragenlijst. Ze staan hieronder naast de beweegmeting van diezelfde oudere golf, niet naast de recente.',
				fr: 'Le mal-être psychologique n’a été publié en chiffres que pour des vagues plus anciennes de l’Enquête de santé. Les chiffres par région les plus récents datent d’avant le nouveau questionnaire sur l’activité physique. Ils figurent ci-dessous à côté de la mesure de l’activité physique de cette même vague ancienne, et non à côté de la mesure récente.',
				en: 'Psychological distress has been published as a figure only for earlier waves of the Health Interview Survey. The latest figures by region date from before the new physical-activity questionnaire. They are shown below next to the physical-activity measure of that same earlier wave, not next to the recent one.'
			}
		},
		{
			kind: 'figure',
			indicator: 'psychological_distress_ghq12',
			breakdown: 'total',
			state: { view: 'bar', year: '2013' }
		},
		{ kind: 'figure', indicator: 'pa_30min_day_ipaq', breakdown: 'total', state: { view: 'bar', year: '2013' } },

		{
			kind: 'heading',
			text: {
				nl: 'Wat deze cijfers niet tonen',
				fr: 'Ce que ces chiffres ne montrent pas',
				en: 'What these figures do not show'
			}
		},
		{
			kind: 'text',
			text: {
				nl: 'Dat twee cijfers uit dezelfde enquête komen, betekent niet dat ze met elkaar samenhangen. De bronnen van deze site bevatten geen enkele gepubliceerde Belgische vergelijking van de geestelijke gezondheid van mensen die genoeg bewegen met die van mensen die dat niet doen. Deze pagina toont daarom geen verband en trekt geen besluit over oorzaak en gevolg: ook als het ene cijfer stijgt terwijl het andere daalt, zegt dat niet dat bewegen de geestelijke gezondheid verbetert, of omgekeerd.',
				fr: 'Que deux chiffres proviennent de la même enquête ne signifie pas qu’ils soient liés. Les sources de ce site ne contiennent aucune comparaison belge publiée entre la santé mentale des personnes suffisamment actives et celle des personnes qui ne le sont pas. Cette page ne montre donc aucun lien et ne tire aucune conclusion de cause à effet : même si un chiffre monte pendant qu’un autre baisse, cela ne dit pas que l’activité physique améliore la santé mentale, ni l’inverse.',
				en: 'That two figures come from the same survey does not mean they are related. The sources of this site hold no published Belgian comparison of the mental health of people who move enough with that of people who do not. This page therefore shows no link and draws no conclusion about cause and effect: even if one figure rises while another falls, that does not say that physical activity improves mental health, or the other way round.'
			}
		},
		{
			kind: 'text',
			text: {
				nl: 'Er is één gepubliceerd Belgisch cijfer dat lichaamsbeweging en geestelijke gezondheid in één analyse samenbrengt. Het gaat over luchtvervuiling.',
				fr: 'Il existe un seul chiffre belge publié qui réunit activité physique et santé mentale dans une même analyse. Il porte sur la pollution de l’air.',
				en: 'There is one published Belgian figure that brings physical activity and mental health together in one analysis. It is about air pollution.'
			}
		},
		{
			kind: 'fact',
			indicator: 'pa_mediated_share_airpollution_gad',
			select: { region: 'BE', breakdown: 'total', group: 'total' },
			template: {
				nl: 'In een analyse van de {survey} schatten onderzoekers dat {value} van het verband tussen blootstelling aan fijnstof en gegeneraliseerde angststoornis zou kunnen verlopen via verschillen in lichaamsbeweging.',
				fr: 'Dans une analyse de l’{survey}, des chercheurs estiment que {value} de l’association entre l’exposition aux particules fines et le trouble anxieux généralisé pourrait passer par des différences d’activité physique.',
				en: 'In an analysis of the {survey}, researchers estimated that {value} of the association between exposure to fine particulate matter and generalised anxiety disorder may run through differences in physical activity.'
			}
		},
		{
			kind: 'text',
			text: {
				nl: 'Dat is een aandeel van een verband met luchtvervuiling, geen vergelijking van actieve en inactieve mensen. Het mag niet gelezen worden als een effect van sporten: het zegt niet dat wie beweegt minder angst heeft, en ook niet hoeveel minder.',
				fr: 'Il s’agit d’une part d’une association avec la pollution de l’air, et non d’une comparaison entre personnes actives et inactives. Il ne faut pas le lire comme un effet du sport : il ne dit pas que les personnes actives souffrent moins d’anxiété, ni dans quelle mesure.',
				en: 'This is a share of an association with air pollution, not a comparison of active and inactive people. It must not be read as an effect of exercise: it does not say that people who move have less anxiety, nor by how much.'
			},
			sources: ['hautekiet_2022_environ_health']
		}
	]
};

const knowingToDoing: StoryDefinition = {
	slug: 'knowing-to-doing',
	title: { nl: 'Van weten naar doen', fr: 'Du savoir au faire', en: 'From knowing to doing' },
	lead: {
		nl: 'Willen mensen meer bewegen, wat houdt hen tegen, hoeveel zitten ze, en wat biedt het Vlaamse programma Bewegen op Verwijzing? Telkens met de bevolking en de enquête waarover het cijfer gaat.',
		fr: 'Les gens veulent-ils bouger davantage, qu’est-ce qui les freine, combien de temps restent-ils assis, et que propose le programme flamand Bewegen op Verwijzing ? Chaque fois avec la population et l’enquête dont provient le chiffre.',
		en: 'Do people want to move more, what holds them back, how much do they sit, and what does the Flemish programme Bewegen op Verwijzing offer? Each time with the population and the survey the figure is about.'
	},
	blocks: [
		{
			kind: 'heading',
			text: { nl: 'Meer willen bewegen', fr: 'Vouloir bouger davantage', en: 'Wanting to move more' }
		},
		{
			kind: 'text',
			text: {
				nl: 'De Preventiebarometer, een enquête van Sciensano bij volwassenen in Vlaanderen, meldt dat de meeste Vlaamse volwassenen die te weinig bewegen zeggen dat ze daar iets aan willen veranderen. De bron geeft dat alleen in woorden, niet als precies cijfer; daarom staat het hier niet als getal.',
				fr: 'Le Preventiebarometer, une enquête de Sciensano auprès des adultes vivant en Flandre, indique que la plupart des adultes flamands qui bougent trop peu disent vouloir changer. La source ne le donne qu’en mots, pas sous forme de chiffre précis ; c’est pourquoi il n’apparaît pas ici comme un nombre.',
				en: 'The Preventiebarometer, a Sciensano survey of adults living in Flanders, reports that most Flemish adults who move too little say they intend to change that. The source gives this in words only, not as an exact figure; that is why it is not shown here as a number.'
			},
			sources: ['hbvl_preventiebarometer_2023']
		},
		{
			kind: 'text',
			text: {
				nl: 'Hoeveel mensen het voorbije jaar geprobeerd hebben om meer te bewegen: geen gegevens. De bronnen van deze site bevatten daarover geen gepubliceerd cijfer. Een vaak geciteerde bewering hierover heeft geen primaire bron en wordt daarom niet getoond.',
				fr: 'Combien de personnes ont essayé de bouger davantage au cours de l’année écoulée : pas de données. Les sources de ce site ne contiennent aucun chiffre publié à ce sujet. Une affirmation souvent citée n’a pas de source primaire et n’est donc pas reprise.',
				en: 'How many people tried to move more in the past year: no data. The sources of this site hold no published figure on it. An often-quoted claim has no primary source and is therefore not shown.'
			}
		},

		{ kind: 'heading', text: { nl: 'Wat mensen tegenhoudt', fr: 'Ce qui freine', en: 'What holds people back' } },
		{
			kind: 'fact',
			indicator: 'barrier_lack_of_time',
			select: { survey: 'PB_2022', region: 'BE-VLG', breakdown: 'total', group: 'total' },
			template: {
				nl: 'Volgens de {survey} noemt {value} tijdgebrek als belemmering. Het gaat om volwassenen in Vlaanderen die te weinig bewegen; de bron vermeldt die basis niet uitdrukkelijk.',
				fr: 'Selon le {survey}, {value} citent le manque de temps comme obstacle. Il s’agit d’adultes vivant en Flandre qui bougent trop peu ; la source ne précise pas explicitement cette base.',
				en: 'According to the {survey}, {value} name lack of time as a barrier. These are adults in Flanders who move too little; the source does not state this base explicitly.'
			}
		},
		{
			kind: 'text',
			text: {
				nl: 'Ook in de Eurobarometer staat tijdgebrek bovenaan, maar daar gaat het om alle ondervraagde Europeanen, met een andere vraag en een andere leeftijdsgrens. Beide cijfers zijn niet vergelijkbaar.',
				fr: 'Dans l’Eurobaromètre aussi, le manque de temps arrive en tête, mais il s’agit de l’ensemble des Européens interrogés, avec une autre question et une autre limite d’âge. Les deux chiffres ne sont pas comparables.',
				en: 'Lack of time also comes first in the Eurobarometer, but there it concerns all Europeans surveyed, with another question and another age limit. The two figures are not comparable.'
			}
		},
		{ kind: 'figure', indicator: 'eb_barrier', breakdown: 'barrier', state: { view: 'bar' } },

		{ kind: 'heading', text: { nl: 'Zitten', fr: 'Rester assis', en: 'Sitting' } },
		{
			kind: 'fact',
			indicator: 'sitting_resting_time_mean_hours',
			select: { survey: 'PB_2022', region: 'BE-VLG', breakdown: 'total', group: 'total' },
			template: {
				nl: 'Volgens de {survey} zitten of rusten volwassenen in Vlaanderen gemiddeld {value}.',
				fr: 'Selon le {survey}, les adultes vivant en Flandre passent en moyenne {value} assis ou au repos.',
				en: 'According to the {survey}, adults in Flanders spend on average {value} sitting or resting.'
			}
		},
		{
			kind: 'fact',
			indicator: 'sitting_mean_hours_day',
			select: { survey: 'HIS_2018', region: 'BE', breakdown: 'total', group: 'total' },
			template: {
				nl: 'De {survey} mat voor mensen in België ({population}) gemiddeld {value} zitten. Dat is een andere enquête, een andere vraag en een andere leeftijdsgroep: deze cijfers vormen geen trend.',
				fr: 'L’{survey} mesurait, pour les personnes en Belgique ({population}), une moyenne de {value} en position assise. C’est une autre enquête, une autre question et un autre groupe d’âge : ces chiffres ne forment pas une tendance.',
				en: 'The {survey} measured an average of {value} of sitting for people in Belgium ({population}). That is another survey, another question and another age group: these figures are not a trend.'
			}
		},
		{
			kind: 'text',
			text: {
				nl: 'Hoeveel mensen heel lang per dag zitten, is in België gemeten in de Gezondheidsenquête en, tijdens de lockdown, in een online-enquête. Die online-enquête staat als aparte, gestippelde lijn: ze is niet vergelijkbaar.',
				fr: 'La part des personnes qui restent assises très longtemps chaque jour a été mesurée en Belgique dans l’Enquête de santé et, pendant le confinement, dans une enquête en ligne. Cette enquête en ligne est tracée à part, en pointillé : elle n’est pas comparable.',
				en: 'How many people sit for very long each day was measured in Belgium in the Health Interview Survey and, during the lockdown, in an online survey. That online survey is drawn as a separate, dashed line: it is not comparable.'
			}
		},
		{ kind: 'figure', indicator: 'sitting_over_8h_day', breakdown: 'total', state: { view: 'trend', region: 'BE' } },

		{
			kind: 'heading',
			text: { nl: 'Bewegen op Verwijzing', fr: 'Bewegen op Verwijzing', en: 'Bewegen op Verwijzing' }
		},
		{
			kind: 'text',
			text: {
				nl: 'Bewegen op Verwijzing is een Vlaams programma. Een huisarts, en intussen ook een andere arts, verwijst inactieve patiënten met een gezondheidsrisico naar een bewegingscoach, die samen met hen een persoonlijk beweegplan opmaakt. De deelnemer krijgt een beperkt aantal uren begeleiding per jaar, tegen een kleine eigen bijdrage.',
				fr: 'Bewegen op Verwijzing (« bouger sur prescription ») est un programme flamand. Un médecin généraliste, et désormais aussi un autre médecin, oriente des patients inactifs présentant un risque pour leur santé vers un coach en activité physique, qui établit avec eux un plan personnel. Le participant bénéficie d’un nombre limité d’heures d’accompagnement par an, moyennant une petite contribution personnelle.',
				en: 'Bewegen op Verwijzing (“exercise on referral”) is a Flemish programme. A general practitioner, and now also another doctor, refers inactive patients with a health risk to an exercise coach, who draws up a personal exercise plan with them. Participants get a limited number of hours of coaching a year, for a small personal contribution.'
			},
			links: [
				{
					href: BOV_URL,
					label: {
						nl: 'Bewegen op Verwijzing bij het Vlaams Instituut Gezond Leven',
						fr: 'Bewegen op Verwijzing sur le site du Vlaams Instituut Gezond Leven (en néerlandais)',
						en: 'Bewegen op Verwijzing at the Flemish Institute for Healthy Living (in Dutch)'
					}
				}
			]
		},
		{
			kind: 'fact',
			indicator: 'bov_participants_year',
			select: { survey: 'BOV_2018', region: 'BE-VLG', breakdown: 'total', group: 'total' },
			template: {
				nl: 'In {year} begeleidden de bewegingscoaches {value} deelnemers.',
				fr: 'En {year}, les coachs ont accompagné {value} participants.',
				en: 'In {year}, exercise coaches supported {value} participants.'
			}
		},
		{
			kind: 'fact',
			indicator: 'bov_coaches',
			select: { survey: 'BOV_2018', region: 'BE-VLG', breakdown: 'total', group: 'total' },
			template: {
				nl: 'In {year} waren er {value} bewegingscoaches actief.',
				fr: 'En {year}, {value} coachs étaient actifs.',
				en: 'In {year}, {value} exercise coaches were active.'
			}
		},
		{
			kind: 'fact',
			indicator: 'bov_municipalities_active',
			select: { survey: 'BOV_2018', region: 'BE-VLG', breakdown: 'total', group: 'total' },
			template: {
				nl: 'In {year} hadden {value} Vlaamse gemeenten een bewegingscoach.',
				fr: 'En {year}, {value} communes flamandes disposaient d’un coach.',
				en: 'In {year}, {value} Flemish municipalities had an exercise coach.'
			}
		},
		{
			kind: 'text',
			text: {
				nl: 'Het aantal gemeenten is onzeker: bronnen geven verschillende aantallen en dateren ze verschillend.',
				fr: 'Le nombre de communes est incertain : les sources donnent des nombres différents et les datent différemment.',
				en: 'The number of municipalities is uncertain: sources give different counts and date them differently.'
			}
		},
		{ kind: 'figure', indicator: 'bov_participants_share_by_sex', breakdown: 'sex', state: { view: 'bar' } },
		{
			kind: 'fact',
			indicator: 'bov_participants_cumulative',
			select: { region: 'BE-VLG', breakdown: 'total', group: 'total' },
			template: {
				nl: 'Over de periode {year} gingen in totaal {value} deelnemers naar een bewegingscoach.',
				fr: 'Sur la période {year}, {value} participants au total ont consulté un coach.',
				en: 'Over the period {year}, {value} participants in all saw an exercise coach.'
			}
		},
		{
			kind: 'fact',
			indicator: 'bov_mean_visits',
			select: { region: 'BE-VLG', breakdown: 'total', group: 'total' },
			template: {
				nl: 'Aantal bezoeken aan de coach per deelnemer in dezelfde periode: {value}.',
				fr: 'Nombre de visites au coach par participant sur la même période : {value}.',
				en: 'Visits to the coach per participant over the same period: {value}.'
			}
		},
		{
			kind: 'text',
			text: {
				nl: 'Geen gepubliceerde evaluatie heeft gemeten hoeveel meer de deelnemers bewegen. De cijfers over het programma komen uit persartikels en uit antwoorden van de minister, niet uit een evaluatierapport: ze zijn gemarkeerd als secundaire bron.',
				fr: 'Aucune évaluation publiée n’a mesuré dans quelle mesure les participants bougent davantage. Les chiffres sur le programme proviennent d’articles de presse et de réponses de la ministre, pas d’un rapport d’évaluation : ils sont signalés comme source secondaire.',
				en: 'No published evaluation has measured how much more the participants move. The programme figures come from press articles and answers of the minister, not from an evaluation report: they are marked as a secondary source.'
			}
		}
	]
};

const belgiumInEurope: StoryDefinition = {
	slug: 'belgium-in-europe',
	title: {
		nl: 'België in Europa en de wereld',
		fr: 'La Belgique en Europe et dans le monde',
		en: 'Belgium in Europe and the world'
	},
	lead: {
		nl: 'België naast andere landen, op de internationale indicatoren die tussen landen vergelijkbaar zijn. En waarom die cijfers niet dezelfde zijn als die van de Belgische Gezondheidsenquête.',
		fr: 'La Belgique à côté d’autres pays, sur les indicateurs internationaux comparables d’un pays à l’autre. Et pourquoi ces chiffres ne sont pas ceux de l’Enquête de santé belge.',
		en: 'Belgium next to other countries, on the international indicators that are comparable between countries. And why these figures are not those of the Belgian Health Interview Survey.'
	},
	blocks: [
		{
			kind: 'heading',
			text: {
				nl: 'Europa: de Europese gezondheidsenquête',
				fr: 'Europe : l’enquête européenne par interview sur la santé',
				en: 'Europe: the European Health Interview Survey'
			}
		},
		{
			kind: 'text',
			text: {
				nl: 'Eurostat verwerkt de antwoorden van elk EU-land op dezelfde manier. De grafiek toont welk deel van de volwassenen buiten het werk de WHO-aanbeveling voor aerobe beweging haalt. België en het gemiddelde van de Europese Unie staan in een donkere kleur.',
				fr: 'Eurostat traite les réponses de chaque pays de l’UE de la même manière. Le graphique montre la part des adultes qui atteignent, en dehors du travail, la recommandation de l’OMS en matière d’activité aérobie. La Belgique et la moyenne de l’Union européenne sont en couleur foncée.',
				en: 'Eurostat processes the answers of every EU country the same way. The chart shows the share of adults who meet the WHO recommendation for aerobic activity outside work. Belgium and the European Union average are drawn in a darker colour.'
			}
		},
		{
			kind: 'figure',
			indicator: 'ehis_aerobic_150min_nonwork_eurostat',
			breakdown: 'total',
			state: { view: 'bar', year: '2019' }
		},
		{
			kind: 'fact',
			indicator: 'ehis_aerobic_150min_nonwork_eurostat',
			select: { year: '2019', region: 'EU27_2020', breakdown: 'total', group: 'total' },
			template: {
				nl: 'Het gemiddelde van de {place} was {value} in dezelfde golf.',
				fr: 'La moyenne de l’{place} était de {value} lors de la même vague.',
				en: 'The average of the {place} was {value} in the same wave.'
			}
		},

		{
			kind: 'heading',
			text: {
				nl: 'Waarom dit niet het cijfer van de Gezondheidsenquête is',
				fr: 'Pourquoi ce n’est pas le chiffre de l’Enquête de santé',
				en: 'Why this is not the Health Interview Survey figure'
			}
		},
		{
			kind: 'fact',
			indicator: 'ehis_aerobic_150min_nonwork_eurostat',
			select: { year: '2019', region: 'BE', breakdown: 'total', group: 'total' },
			template: {
				nl: 'Eurostat publiceert voor België {value}, met referentiejaar {year}.',
				fr: 'Eurostat publie pour la Belgique {value}, avec l’année de référence {year}.',
				en: 'Eurostat publishes {value} for Belgium, with reference year {year}.'
			}
		},
		{
			kind: 'fact',
			indicator: 'pa_aerobic_who_ehispaq',
			select: { survey: 'HIS_2018', region: 'BE', breakdown: 'total', group: 'total' },
			template: {
				nl: 'Sciensano berekent uit dezelfde Belgische enquête, de {survey}, {value}.',
				fr: 'Sciensano calcule, à partir de la même enquête belge, l’{survey}, {value}.',
				en: 'Sciensano computes {value} from the same Belgian survey, the {survey}.'
			}
		},
		{
			kind: 'fact',
			indicator: 'pa_aerobic_who_ehispaq',
			select: { survey: 'HIS_2023', region: 'BE', breakdown: 'total', group: 'total' },
			template: {
				nl: 'Het meest recente Belgische cijfer, uit de {survey}, is {value}; voor die golf staat er nog geen Europees vergelijkingscijfer in de gegevens.',
				fr: 'Le chiffre belge le plus récent, issu de l’{survey}, est de {value} ; pour cette vague, les données ne contiennent pas encore de chiffre européen comparable.',
				en: 'The latest Belgian figure, from the {survey}, is {value}; for that wave the data hold no comparable European figure yet.'
			}
		},
		{
			kind: 'text',
			text: {
				nl: 'Voor de vorige golf gaat het om dezelfde Belgische antwoorden, maar niet om hetzelfde cijfer. Eurostat berekent het met een geharmoniseerde Europese methode, Sciensano met zijn eigen methode; het verschil komt waarschijnlijk van een andere afleiding of weging, bijvoorbeeld van ontbrekende antwoorden. Eurostat dateert het Belgische cijfer bovendien op het Europese referentiejaar, niet op het jaar van het veldwerk. Ook de leeftijdsbasis kan verschillen: Eurostat publiceert daarnaast een cijfer voor een bredere leeftijdsgroep. En voor het cijfer van de laatste Gezondheidsenquête is niet bevestigd welke activiteiten de vraag meetelt. Gebruik daarom het cijfer van Eurostat om landen te vergelijken en dat van Sciensano voor de Belgische gewesten en groepen, en zet ze nooit in één grafiek.',
				fr: 'Pour la vague précédente, il s’agit des mêmes réponses belges, mais pas du même chiffre. Eurostat le calcule selon une méthode européenne harmonisée, Sciensano selon sa propre méthode ; l’écart vient probablement d’une autre dérivation ou pondération, par exemple des réponses manquantes. Eurostat date en outre le chiffre belge de l’année de référence européenne, et non de l’année de l’enquête sur le terrain. La base d’âge peut aussi différer : Eurostat publie également un chiffre pour une tranche d’âge plus large. Enfin, pour le chiffre de la dernière Enquête de santé, il n’est pas confirmé quelles activités la question prend en compte. Utilisez donc le chiffre d’Eurostat pour comparer les pays et celui de Sciensano pour les régions et les groupes belges, et ne les mettez jamais dans un même graphique.',
				en: 'For the previous wave, these are the same Belgian answers, but not the same figure. Eurostat computes it with a harmonised European method, Sciensano with its own; the gap probably comes from a different derivation or weighting, for instance of missing answers. Eurostat also dates the Belgian figure to the European reference year, not to the fieldwork year. The age base can differ too: Eurostat also publishes a figure for a wider age group. And for the figure of the latest Health Interview Survey, it is not confirmed which activities the question counts. So use the Eurostat figure to compare countries and the Sciensano figure for Belgian regions and groups, and never put them in one chart.'
			},
			sources: ['eurostat_hlth_ehis_pe9e_copy', 'healthybelgium_physical_activity']
		},

		{
			kind: 'heading',
			text: {
				nl: 'Sporten: Eurobarometer en EU-SILC',
				fr: 'Faire du sport : Eurobaromètre et EU-SILC',
				en: 'Sport: Eurobarometer and EU-SILC'
			}
		},
		{
			kind: 'text',
			text: {
				nl: 'Twee andere Europese enquêtes vragen hoe vaak mensen sporten. Hun vragen, leeftijdsgroepen en jaren verschillen van elkaar en van de gezondheidsenquêtes, dus elk cijfer staat in een eigen grafiek. Voor de meest recente Eurobarometer staat in de bronnen geen Belgisch cijfer: de grafiek toont daarom de vorige golf.',
				fr: 'Deux autres enquêtes européennes demandent à quelle fréquence les gens font du sport. Leurs questions, tranches d’âge et années diffèrent entre elles et des enquêtes de santé : chaque chiffre a donc son propre graphique. Pour l’Eurobaromètre le plus récent, les sources ne donnent pas de chiffre belge : le graphique montre donc la vague précédente.',
				en: 'Two other European surveys ask how often people play sport. Their questions, age groups and years differ from each other and from the health surveys, so each figure has its own chart. For the latest Eurobarometer the sources give no Belgian figure, so the chart shows the previous wave.'
			}
		},
		{ kind: 'figure', indicator: 'eb_sport_weekly', breakdown: 'total', state: { view: 'bar', year: '2017' } },
		{ kind: 'figure', indicator: 'silc_sport_weekly', breakdown: 'total', state: { view: 'bar', year: '2022' } },

		{
			kind: 'heading',
			text: {
				nl: 'De wereld: modelschattingen van de WHO',
				fr: 'Le monde : estimations modélisées de l’OMS',
				en: 'The world: WHO model estimates'
			}
		},
		{
			kind: 'text',
			text: {
				nl: 'De WHO schat met een statistisch model welk deel van de volwassenen onvoldoende actief is, met alle domeinen meegeteld, ook werk en huishouden. Dat is dus niet het omgekeerde van het cijfer van de Gezondheidsenquête. Voor België is alleen een schatting uit een ouder artikel beschikbaar.',
				fr: 'L’OMS estime à l’aide d’un modèle statistique la part des adultes insuffisamment actifs, en comptant tous les domaines, y compris le travail et les tâches ménagères. Ce n’est donc pas l’inverse du chiffre de l’Enquête de santé. Pour la Belgique, seule une estimation tirée d’un article plus ancien est disponible.',
				en: 'The WHO estimates with a statistical model the share of adults who are insufficiently active, counting all domains, including work and household chores. So it is not the reverse of the Health Interview Survey figure. For Belgium, only an estimate from an older article is available.'
			}
		},
		{
			kind: 'figure',
			indicator: 'insufficient_pa_who_guthold2018',
			breakdown: 'total',
			state: { view: 'bar', year: '2016' }
		},
		{
			kind: 'text',
			text: {
				nl: 'Het nieuwste model geeft voor de wereld ook een betrouwbaarheidsinterval: het staat als band rond de lijn. De schatting uit het oudere artikel en de projectie staan als aparte reeksen: het zijn andere modellen, geen metingen op dezelfde lijn.',
				fr: 'Le modèle le plus récent donne aussi, pour le monde, un intervalle de confiance : il apparaît comme une bande autour de la ligne. L’estimation de l’article plus ancien et la projection sont des séries distinctes : ce sont d’autres modèles, pas des mesures sur la même ligne.',
				en: 'The newest model also gives a confidence interval for the world: it is drawn as a band around the line. The estimate from the older article and the projection are separate series: they are other models, not measurements on the same line.'
			}
		},
		{
			kind: 'figure',
			indicator: 'insufficient_pa_who_strain2024',
			breakdown: 'total',
			state: { view: 'trend', region: 'WORLD' }
		}
	]
};

export const stories: StoryDefinition[] = [movementAndMentalHealth, knowingToDoing, belgiumInEurope];
