import { bulletList, doc, paragraph, paragraphs } from '../../../shared/content/content-builders';
import { formatLongDate } from '../../../shared/format/danish-date';
import type { DemoCalendar } from './demo-calendar';
import type { DemoItem } from './demo-item';
import { ERHVERVSUDVALGET } from './demo-committees';

/** The ordinary items of the approved Erhvervs- og Beskæftigelsesudvalget meeting four weeks before the held one, in agenda order. */

export function erhvervshusItem(c: DemoCalendar): DemoItem {
  return {
    title: `Aftale med Fjordby Erhvervshus ${c.nextYear}`,
    caseNumber: `${c.casePrefix}/02644`,
    sections: {
      resume: paragraphs(
        `Kommunens aftale med Fjordby Erhvervshus om lokal erhvervsservice udløber ved årets udgang. Forvaltningen foreslår en ny etårig aftale for ${c.nextYear} med samme tilskud og nye mål for vejledning af iværksættere.`,
      ),
      indstilling: paragraphs('Forvaltningen foreslår, at'),
      sagsfremstilling: doc(
        paragraph(
          'Fjordby Erhvervshus vejleder iværksættere og mindre virksomheder og driver kontorfællesskabet på Havnegade. Sidste år fik 212 virksomheder vejledning, og 37 nye virksomheder blev startet med hjælp fra erhvervshuset.',
        ),
        paragraph('Den nye aftale sætter tre mål:'),
        bulletList(
          'Mindst 200 virksomheder får individuel vejledning.',
          'Mindst 30 iværksættere gennemfører erhvervshusets startforløb.',
          'Erhvervshuset holder fire temamøder for virksomheder i landdistrikterne.',
        ),
      ),
      oekonomi: paragraphs('Tilskuddet er 1.150.000 kr. og afholdes inden for udvalgets budget til erhvervsfremme.'),
      beslutningskompetence: paragraphs(`${ERHVERVSUDVALGET}.`),
    },
    points: [
      { text: `aftalen med Fjordby Erhvervshus for ${c.nextYear} godkendes`, decisionAuthority: ERHVERVSUDVALGET },
      { text: 'erhvervshuset afrapporterer på målene to gange om året', decisionAuthority: ERHVERVSUDVALGET },
    ],
    bilag: [
      {
        fileName: `Udkast til aftale med Fjordby Erhvervshus ${c.nextYear}.pdf`,
        subtitle: `Erhverv og Beskæftigelse · ${formatLongDate(c.approvedDate)}`,
        paragraphs: [
          '# Parter',
          'Aftalen indgås mellem Fjordby Kommune og den selvejende institution Fjordby Erhvervshus.',
          '# Ydelser',
          'Erhvervshuset yder gratis og uvildig vejledning til iværksættere og virksomheder med op til 50 ansatte.',
          '# Opfølgning',
          'Erhvervshuset sender en skriftlig status til forvaltningen i juni og december.',
        ],
        minPages: 3,
      },
    ],
  };
}

export function seniorjobItem(c: DemoCalendar): DemoItem {
  return {
    title: 'Seniorjob i kommunens institutioner',
    caseNumber: `${c.casePrefix}/02917`,
    sections: {
      resume: paragraphs(
        'Kommunen har pligt til at tilbyde seniorjob til ledige, der har opbrugt dagpengeretten inden for fem år før folkepensionsalderen. Forvaltningen foreslår, at de 14 seniorjob fordeles mellem kommunens institutioner efter ansøgning.',
      ),
      indstilling: paragraphs('Forvaltningen foreslår, at seniorjobbene fordeles som beskrevet i sagsfremstillingen.'),
      sagsfremstilling: doc(
        paragraph(
          'I år har 14 ledige ret til et seniorjob. Otte institutioner har søgt om at få en seniorjobber, heraf tre plejecentre, to skoler, to daginstitutioner og Fjordby Bibliotek.',
        ),
        paragraph('Forvaltningen foreslår, at plejecentrene får to pladser hver, og at de øvrige institutioner får én eller to efter deres ansøgning.'),
      ),
      oekonomi: paragraphs('Staten refunderer 161.000 kr. om året pr. seniorjob. Kommunens merudgift er ca. 0,3 mio. kr.'),
      beslutningskompetence: paragraphs(`${ERHVERVSUDVALGET}.`),
    },
    bilag: [
      {
        fileName: 'Oversigt over ansøgninger om seniorjob.pdf',
        subtitle: 'Jobcenter Fjordby',
        paragraphs: [
          'Oversigten viser de otte institutioner, der har søgt om seniorjobbere, og hvilke opgaver de vil tilbyde.',
          'Plejecentrene tilbyder opgaver i køkken, have og aktiviteter. Skolerne og daginstitutionerne tilbyder pedelopgaver.',
        ],
        minPages: 2,
      },
    ],
  };
}

export function torvedageItem(c: DemoCalendar): DemoItem {
  return {
    title: `Tilskud til Torvedage i Fjordby ${c.nextYear}`,
    caseNumber: `${c.casePrefix}/03055`,
    sections: {
      resume: paragraphs(
        `Handelsstandsforeningen Fjordby Midtby søger om et tilskud på 175.000 kr. til Torvedage i Fjordby i juni ${c.nextYear}. Forvaltningen anbefaler et tilskud på 125.000 kr.`,
      ),
      indstilling: paragraphs('Forvaltningen foreslår, at Handelsstandsforeningen Fjordby Midtby får et tilskud på 125.000 kr. til Torvedage i Fjordby.'),
      sagsfremstilling: doc(
        paragraph(
          'Torvedage i Fjordby er et tredages marked med ca. 90 boder på Torvet og i gågaden. Arrangementet havde sidste år ca. 14.000 besøgende, og butikkerne i midtbyen meldte om en omsætning 20 pct. over en almindelig juniweekend.',
        ),
        paragraph('Forvaltningen anbefaler et lavere tilskud end ansøgt, fordi foreningen sidste år fik et overskud på 48.000 kr.'),
      ),
      oekonomi: paragraphs('Tilskuddet afholdes af puljen til events og bylivsaktiviteter, hvor der er 410.000 kr. tilbage.'),
      beslutningskompetence: paragraphs(`${ERHVERVSUDVALGET}.`),
    },
    bilag: [
      {
        fileName: `Ansøgning om tilskud til Torvedage ${c.nextYear}.pdf`,
        subtitle: 'Handelsstandsforeningen Fjordby Midtby',
        paragraphs: [
          '# Ansøgning',
          `Foreningen søger om 175.000 kr. til Torvedage i Fjordby ${c.nextYear}.`,
          '# Budget',
          'De samlede udgifter er 610.000 kr. til scene, musik, oprydning og vagter. Standlejen giver ca. 300.000 kr.',
        ],
        minPages: 2,
      },
    ],
  };
}
