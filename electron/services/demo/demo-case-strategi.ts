import { bulletList, doc, paragraph, paragraphs } from '../../../shared/content/content-builders';
import type { DemoCalendar } from './demo-calendar';
import type { DemoItem } from './demo-item';
import { ERHVERVSUDVALGET, KOMMUNALBESTYRELSEN, OEKONOMIUDVALGET } from './demo-committees';

/**
 * The case that passes two committees: Erhvervs- og Beskæftigelsesudvalget recommends it, then
 * Økonomiudvalget treats it under the same case number, and the earlier decision is printed above.
 */
export function strategiCaseNumber(c: DemoCalendar): string {
  return `${c.casePrefix}/04411`;
}

export function strategiItem(c: DemoCalendar, stage: 'erhverv' | 'oekonomi'): DemoItem {
  const period = `${c.nextYear}–${c.nextYear + 3}`;
  const title = `Erhvervs- og turismestrategi ${period}`;
  const indsatser = [
    'Flere virksomheder og iværksættere: én indgang til kommunen for nye og voksende virksomheder og svar på byggesager inden for 30 dage.',
    'Kvalificeret arbejdskraft: et fast partnerskab mellem jobcentret, Fjordby Erhvervsskole og de største arbejdspladser om opkvalificering.',
    'Fjordby som kyst- og naturdestination: helårsturisme ved fjorden, i Ålbæk Plantage og på Sønderø med fælles markedsføring.',
    'Grøn omstilling i erhvervslivet: energitjek og rådgivning om cirkulær økonomi til små og mellemstore virksomheder.',
  ];
  const sagsfremstilling = [
    `Den nuværende erhvervsstrategi udløber ved udgangen af ${c.year}. Forvaltningen har derfor i foråret og sommeren ${c.year} udarbejdet et forslag til en samlet erhvervs- og turismestrategi for perioden ${period} i tæt samarbejde med Fjordby Erhvervsråd, Turistforeningen for Fjordby og Omegn og Fjordby Erhvervsskole.`,
    'Forslaget bygger på fire dialogmøder med i alt 142 deltagere fra erhvervslivet, en spørgeskemaundersøgelse blandt kommunens virksomheder og en analyse af erhvervsstrukturen. Virksomhederne peger særligt på adgangen til kvalificeret arbejdskraft og på sagsbehandlingstiden i byggesager som de største udfordringer.',
    'Strategien samler indsatsen i fire indsatsområder:',
  ];
  const efterListe = [
    'Til hvert indsatsområde er knyttet mål for strategiperioden, som følges op én gang om året i Erhvervs- og Beskæftigelsesudvalget. Målene er bl.a., at antallet af nystartede virksomheder, der stadig er aktive efter tre år, stiger fra 48 til 55 pct., og at antallet af overnatninger uden for højsæsonen stiger med 15 pct.',
    'Strategien er et fælles grundlag for kommunen og erhvervslivet. Erhvervsrådet har i sit høringssvar bakket op om strategien og tilbudt at stå for den fælles markedsføring af destinationen.',
  ];
  const oekonomi = [
    'Strategien gennemføres inden for den eksisterende ramme til erhvervsfremme og turisme på 2.350.000 kr. årligt.',
    `Forvaltningen foreslår, at 0,6 mio. kr. årligt i strategiperioden samles i en fælles pulje til erhvervsfremme og turisme, som Erhvervs- og Beskæftigelsesudvalget udmønter. Beløbet findes ved at nedlægge den hidtidige markedsføringspulje på 350.000 kr. og ved at reducere tilskuddet til messedeltagelse med 250.000 kr.`,
  ];
  return {
    title,
    caseNumber: strategiCaseNumber(c),
    sections: {
      resume: paragraphs(
        `Forvaltningen har sammen med Fjordby Erhvervsråd udarbejdet forslag til en ny erhvervs- og turismestrategi for ${period}. Strategien har fire indsatsområder og skal gøre Fjordby til et attraktivt sted at drive virksomhed, arbejde og holde ferie. ${
          stage === 'erhverv'
            ? `Sagen forelægges ${ERHVERVSUDVALGET} med henblik på anbefaling over for ${OEKONOMIUDVALGET} og ${KOMMUNALBESTYRELSEN}.`
            : `${ERHVERVSUDVALGET} har anbefalet strategien, som nu forelægges ${OEKONOMIUDVALGET} med henblik på anbefaling over for ${KOMMUNALBESTYRELSEN}.`
        }`,
      ),
      indstilling: paragraphs('Forvaltningen foreslår, at'),
      sagsfremstilling: doc(...sagsfremstilling.map(paragraph), bulletList(...indsatser), ...efterListe.map(paragraph)),
      lovgrundlag: paragraphs(
        'Kommunens erhvervsfremme sker efter lov om erhvervsfremme og kommunalfuldmagtsreglerne, hvorefter kommunen kan yde generel erhvervsservice, men ikke støtte enkelte virksomheder.',
      ),
      oekonomi: paragraphs(...oekonomi),
      beslutningskompetence: paragraphs(
        `${ERHVERVSUDVALGET} og ${OEKONOMIUDVALGET} afgiver indstilling.`,
        `${KOMMUNALBESTYRELSEN} har den endelige beslutningskompetence.`,
      ),
      kommunikation: paragraphs(
        'Strategien præsenteres for erhvervslivet på Fjordby Erhvervsråds nytårsmøde og offentliggøres på kommunens hjemmeside sammen med en kort version til virksomhederne.',
      ),
    },
    points: [
      { text: `forslag til Erhvervs- og turismestrategi ${period} godkendes`, decisionAuthority: KOMMUNALBESTYRELSEN },
      { text: 'der i strategiperioden afsættes 0,6 mio. kr. årligt til en fælles pulje til erhvervsfremme og turisme inden for den eksisterende ramme', decisionAuthority: KOMMUNALBESTYRELSEN },
    ],
    bilag: [
      {
        fileName: `Erhvervs- og turismestrategi ${c.nextYear}-${c.nextYear + 3}.pdf`,
        subtitle: `Forslag · Fjordby Kommune og Fjordby Erhvervsråd · ${c.year}`,
        paragraphs: [
          '# Forord',
          'Fjordby skal være et godt sted at drive virksomhed. Det kræver, at kommunen er til at komme i kontakt med, at der er folk med de rette kompetencer, og at vores natur og kystbyer trækker gæster til hele året.',
          '# Fire indsatsområder',
          ...indsatser,
          '# Mål for strategiperioden',
          ...efterListe,
          '# Organisering og opfølgning',
          'Strategien forankres i et strategisk forum med deltagelse af borgmesteren, formanden for Erhvervs- og Beskæftigelsesudvalget, Erhvervsrådets formandskab og direktionen. Forummet mødes to gange om året og følger op på målene.',
        ],
        minPages: 8,
      },
      {
        fileName: 'Høringssvar fra Fjordby Erhvervsråd.pdf',
        subtitle: `Fjordby Erhvervsråd · ${c.year}`,
        paragraphs: [
          'Fjordby Erhvervsråd takker for muligheden for at afgive høringssvar og for et godt og åbent samarbejde om strategien.',
          'Erhvervsrådet bakker op om de fire indsatsområder og lægger særlig vægt på partnerskabet om kvalificeret arbejdskraft. Rådets medlemsvirksomheder oplever, at det er blevet sværere at rekruttere faglærte, og ser frem til et tættere samarbejde med jobcentret og erhvervsskolen.',
          'Erhvervsrådet tilbyder at varetage den fælles markedsføring af Fjordby som destination og foreslår, at puljen til erhvervsfremme og turisme også kan søges af foreninger, der laver arrangementer uden for højsæsonen.',
          'Med venlig hilsen\nBestyrelsen for Fjordby Erhvervsråd',
        ],
        minPages: 2,
        distribution: 'on_file',
      },
    ],
  };
}
