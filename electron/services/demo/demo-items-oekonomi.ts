import { bulletList, doc, paragraph, paragraphs, table } from '../../../shared/content/content-builders';
import { formatLongDate, formatShortDate } from '../../../shared/format/danish-date';
import { addDays, weekdayOnOrAfter, WEDNESDAY, type DemoCalendar } from './demo-calendar';
import type { DemoItem } from './demo-item';
import { ERHVERVSUDVALGET, KOMMUNALBESTYRELSEN, OEKONOMIUDVALGET, TEKNIKUDVALGET } from './demo-committees';

/** The ordinary items of the coming Økonomiudvalget meeting (the strategy case is in demo-case-strategi). */

export function budgetopfoelgningSamletItem(c: DemoCalendar): DemoItem {
  const udvalg = {
    header: ['Udvalg (mio. kr.)', 'Korrigeret budget', 'Forventet regnskab', 'Afvigelse'],
    rows: [
      [OEKONOMIUDVALGET, '412,3', '409,8', '-2,5'],
      ['Børne- og Skoleudvalget', '1.046,7', '1.055,9', '9,2'],
      ['Social- og Sundhedsudvalget', '1.288,4', '1.291,0', '2,6'],
      [ERHVERVSUDVALGET, '471,8', '473,1', '1,3'],
      [TEKNIKUDVALGET, '236,5', '232,3', '-4,2'],
      ['Kultur- og Fritidsudvalget', '98,2', '98,2', '0,0'],
      ['I alt', '3.553,9', '3.560,3', '6,4'],
    ],
  };
  const politikomraader = {
    header: ['Udvalg', 'Politikområde', 'Korrigeret budget (mio. kr.)', 'Forventet regnskab (mio. kr.)', 'Afvigelse (mio. kr.)', 'Bemærkning'],
    rows: [
      [OEKONOMIUDVALGET, 'Administration', '301,6', '299,9', '-1,7', 'Ubesatte stillinger'],
      [OEKONOMIUDVALGET, 'Politisk organisation', '14,2', '14,2', '0,0', ''],
      [OEKONOMIUDVALGET, 'Ejendomme', '96,5', '95,7', '-0,8', 'Lavere energiudgifter'],
      ['Børne- og Skoleudvalget', 'Dagtilbud', '388,0', '387,2', '-0,8', 'Færre børn end forventet'],
      ['Børne- og Skoleudvalget', 'Skoler', '512,4', '513,0', '0,6', ''],
      ['Børne- og Skoleudvalget', 'Specialiserede børneområde', '146,3', '155,7', '9,4', 'Flere anbringelser'],
      ['Social- og Sundhedsudvalget', 'Ældre', '802,1', '801,3', '-0,8', ''],
      ['Social- og Sundhedsudvalget', 'Voksenhandicap', '486,3', '489,7', '3,4', 'Lovbundne merudgifter'],
      [ERHVERVSUDVALGET, 'Forsørgelsesydelser', '412,6', '414,8', '2,2', 'Lovbundne merudgifter'],
      [ERHVERVSUDVALGET, 'Øvrige områder', '59,2', '58,3', '-0,9', ''],
      [TEKNIKUDVALGET, 'Veje og grønne områder', '171,8', '168,1', '-3,7', 'Mild vinter'],
      [TEKNIKUDVALGET, 'Natur og miljø', '64,7', '64,2', '-0,5', ''],
      ['Kultur- og Fritidsudvalget', 'Kultur og fritid', '98,2', '98,2', '0,0', ''],
    ],
  };
  return {
    title: `Budgetopfølgning pr. 31. oktober ${c.year} – samlet for kommunen`,
    caseNumber: `${c.casePrefix}/00398`,
    sections: {
      resume: paragraphs(
        `Budgetopfølgningen pr. 31. oktober ${c.year} viser et forventet merforbrug på serviceudgifter og lovbundne udgifter på i alt 6,4 mio. kr. Merforbruget skyldes især det specialiserede børneområde. Kommunen forventes fortsat at overholde servicerammen med en margin på 1,3 pct.`,
      ),
      indstilling: paragraphs('Forvaltningen foreslår, at'),
      sagsfremstilling: doc(
        paragraph('Fagudvalgene har behandlet budgetopfølgningen for deres områder. Forventningerne fordeler sig således:'),
        table(udvalg.header, udvalg.rows),
        paragraph('De største afvigelser er:'),
        bulletList(
          'Børne- og Skoleudvalget: merforbrug på 9,4 mio. kr. på det specialiserede børneområde som følge af seks flere anbringelser end budgetteret.',
          'Social- og Sundhedsudvalget: lovbundne merudgifter på 2,6 mio. kr. netto, primært til borgerstyret personlig assistance.',
          `${ERHVERVSUDVALGET}: lovbundne merudgifter på 2,2 mio. kr. til sygedagpenge og kontanthjælp.`,
          `${TEKNIKUDVALGET}: mindreforbrug på 4,2 mio. kr., især på vintertjenesten.`,
        ),
        paragraph(
          'Forvaltningen foreslår tillægsbevillinger til de lovbundne merudgifter, mens merforbruget på serviceudgifterne skal findes inden for udvalgenes egne rammer.',
        ),
      ),
      lovgrundlag: paragraphs('Budget- og regnskabssystem for kommuner samt kommunens principper for økonomistyring.'),
      oekonomi: paragraphs(
        'Tillægsbevillingerne på i alt 4,8 mio. kr. finansieres af kassebeholdningen. Den gennemsnitlige likviditet efter kassekreditreglen forventes at udgøre 214,6 mio. kr. ved årets udgang.',
      ),
      beslutningskompetence: paragraphs(`${OEKONOMIUDVALGET} for punkt 1 og 3.`, `${KOMMUNALBESTYRELSEN} for punkt 2.`),
    },
    points: [
      { text: 'budgetopfølgningen tages til efterretning', decisionAuthority: OEKONOMIUDVALGET },
      {
        text: `der gives tillægsbevillinger på i alt 4,8 mio. kr. til lovbundne merudgifter, heraf 2,2 mio. kr. under ${ERHVERVSUDVALGET} og 2,6 mio. kr. under Social- og Sundhedsudvalget, finansieret af kassebeholdningen`,
        decisionAuthority: KOMMUNALBESTYRELSEN,
      },
      { text: 'Børne- og Skoleudvalget fremlægger en handleplan for det specialiserede børneområde inden udgangen af februar', decisionAuthority: OEKONOMIUDVALGET },
    ],
    bilag: [
      {
        fileName: `Budgetopfølgning pr. 31. oktober ${c.year} - samlet oversigt.pdf`,
        subtitle: 'Økonomi og Analyse · Fjordby Kommune',
        paragraphs: [
          'Oversigten viser forventningerne til årets resultat for hvert udvalg. Et positivt tal er et merforbrug, et negativt tal et mindreforbrug.',
          '# Serviceramme',
          'Kommunens serviceudgifter forventes at blive 1,3 pct. under servicerammen. Der er derfor ikke risiko for sanktion.',
          '# Likviditet',
          'Likviditeten er fortsat robust, men falder med 4,8 mio. kr. som følge af de foreslåede tillægsbevillinger.',
        ],
        pageSize: 'A4-landscape',
        minPages: 4,
        table: udvalg,
      },
      {
        fileName: 'Driftsoversigt fordelt på politikområder.pdf',
        subtitle: `Pr. 31. oktober ${c.year}`,
        paragraphs: ['Detaljeret oversigt til brug for fagudvalgenes og forvaltningens opfølgning.'],
        pageSize: 'A4-landscape',
        minPages: 3,
        table: politikomraader,
        distribution: 'on_file',
      },
    ],
  };
}

export function daginstitutionItem(c: DemoCalendar): DemoItem {
  const oekonomi = {
    header: ['Udgiftspost', 'Beløb'],
    rows: [
      ['Rådgivning og projektering', '1.300.000 kr.'],
      ['Byggeri inkl. installationer', '12.150.000 kr.'],
      ['Udenomsarealer og legeplads', '850.000 kr.'],
      ['Inventar', '450.000 kr.'],
      ['Anlægsbevilling i alt', '14.750.000 kr.'],
    ],
  };
  const indhold = [
    'plads til 40 vuggestuebørn og 60 børnehavebørn fordelt på seks stuer',
    'produktionskøkken, så børnene kan få varm mad hver dag',
    'bygning opført som lavenergibyggeri med solceller på taget',
    'legeplads med direkte adgang til skoven ved Vedby Mose',
  ];
  return {
    title: 'Anlægsbevilling til ny daginstitution i Nørre Vedby',
    caseNumber: `${c.casePrefix}/05871`,
    sections: {
      resume: paragraphs(
        `Kommunalbestyrelsen har i investeringsoversigten afsat 14,75 mio. kr. i ${c.year}–${c.nextYear} til en ny daginstitution i Nørre Vedby. Byggeprogrammet er nu færdigt, og der søges om anlægsbevilling og frigivelse af rådighedsbeløbet.`,
      ),
      indstilling: paragraphs('Forvaltningen foreslår, at'),
      sagsfremstilling: doc(
        paragraph(
          'Børnetallet i Nørre Vedby og omegn stiger, fordi der udstykkes nye boligområder ved Vedbyvej. Befolkningsprognosen viser et behov for ca. 100 ekstra pladser inden udgangen af 2029.',
        ),
        paragraph('Byggeprogrammet omfatter:'),
        bulletList(...indhold),
        paragraph('Anlægsøkonomien fordeler sig således:'),
        table(oekonomi.header, oekonomi.rows),
        paragraph(
          `Byggeriet forventes udbudt i totalentreprise i februar ${c.nextYear} med ibrugtagning i sommeren ${c.nextYear + 1}.`,
        ),
      ),
      lovgrundlag: paragraphs('Dagtilbudsloven og kommunens principper for økonomistyring, hvorefter anlægsarbejder kræver en anlægsbevilling fra Kommunalbestyrelsen.'),
      oekonomi: paragraphs(
        `Rådighedsbeløbet på 14.750.000 kr. er afsat med 1.300.000 kr. i ${c.year} og 13.450.000 kr. i ${c.nextYear}. Driftsudgifterne til de nye pladser indgår i demografireguleringen af dagtilbudsområdet.`,
      ),
      beslutningskompetence: paragraphs(`${KOMMUNALBESTYRELSEN} for punkt 1 og 2. ${OEKONOMIUDVALGET} for punkt 3.`),
    },
    points: [
      { text: 'der gives en anlægsbevilling på 14.750.000 kr. til opførelse af en ny daginstitution i Nørre Vedby', decisionAuthority: KOMMUNALBESTYRELSEN },
      { text: `det afsatte rådighedsbeløb på 14.750.000 kr. i ${c.year}–${c.nextYear} frigives`, decisionAuthority: KOMMUNALBESTYRELSEN },
      { text: 'byggeriet udbydes i totalentreprise', decisionAuthority: OEKONOMIUDVALGET },
    ],
    bilag: [
      {
        fileName: 'Byggeprogram for daginstitution i Nørre Vedby.pdf',
        subtitle: 'Ejendomme og Anlæg · Fjordby Kommune',
        paragraphs: [
          '# 1. Baggrund',
          'Byggeprogrammet beskriver de funktionelle krav til en ny daginstitution med 100 pladser i Nørre Vedby. Programmet er udarbejdet med inddragelse af pædagoger, forældrebestyrelser og Børne- og Skoleudvalget.',
          '# 2. Indhold',
          ...indhold.map((line) => `Institutionen skal have ${line}.`),
          '# 3. Bæredygtighed',
          'Bygningen skal opføres som lavenergibyggeri og certificeres efter den frivillige bæredygtighedsklasse. Der anvendes træ i facader og tagkonstruktion.',
          '# 4. Udearealer',
          'Legepladsen indrettes med zoner for de mindste børn, bakker og klatretræer samt et udekøkken. Der etableres en sti til skoven ved Vedby Mose.',
        ],
        minPages: 5,
      },
      {
        fileName: 'Tidsplan og anlægsøkonomi.pdf',
        subtitle: 'Daginstitution i Nørre Vedby',
        paragraphs: [
          `Udbud i totalentreprise: februar ${c.nextYear}.`,
          `Kontrakt og projektering: april–juni ${c.nextYear}.`,
          `Byggeriet: august ${c.nextYear} – maj ${c.nextYear + 1}.`,
          `Ibrugtagning: august ${c.nextYear + 1}.`,
        ],
        pageSize: 'A4-landscape',
        minPages: 2,
        table: oekonomi,
      },
    ],
  };
}

export function laaneoptagelseItem(c: DemoCalendar): DemoItem {
  const ramme = {
    header: ['Låneadgang', 'Beløb'],
    rows: [
      ['Energibesparende foranstaltninger i kommunale bygninger', '21.200.000 kr.'],
      ['Byfornyelse', '4.800.000 kr.'],
      ['Kommunal grundkapital til almene ældreboliger', '12.500.000 kr.'],
      ['Låneramme i alt', '38.500.000 kr.'],
    ],
  };
  return {
    title: `Låneoptagelse for ${c.year}`,
    caseNumber: `${c.casePrefix}/06021`,
    sections: {
      resume: paragraphs(`Kommunen har for ${c.year} en låneramme på 38,5 mio. kr. Forvaltningen foreslår, at hele rammen udnyttes ved et fastforrentet lån hos KommuneKredit.`),
      indstilling: paragraphs(
        'Forvaltningen foreslår, at der optages et lån på 38,5 mio. kr. hos KommuneKredit med fast rente og en løbetid på 25 år, og at borgmesteren og kommunaldirektøren bemyndiges til at underskrive lånedokumenterne.',
      ),
      sagsfremstilling: doc(
        paragraph(`Lånerammen for ${c.year} er opgjort på baggrund af årets afholdte udgifter, der giver låneadgang:`),
        table(ramme.header, ramme.rows),
        paragraph(
          'Med en fast rente på ca. 2,9 pct. bliver den årlige ydelse ca. 2,2 mio. kr. Forvaltningen anbefaler fast rente, fordi det giver sikkerhed for udgifterne i hele lånets løbetid.',
        ),
      ),
      lovgrundlag: paragraphs('Bekendtgørelse om kommunernes låntagning og meddelelse af garantier m.v.'),
      oekonomi: paragraphs(
        `Lånet forbedrer kassebeholdningen med 38,5 mio. kr. i ${c.year}. Ydelsen på ca. 2,2 mio. kr. om året er indarbejdet i budgettet fra ${c.nextYear}.`,
      ),
      beslutningskompetence: paragraphs(KOMMUNALBESTYRELSEN + '.'),
    },
    bilag: [
      {
        fileName: `Opgørelse af låneramme ${c.year}.pdf`,
        subtitle: 'Økonomi og Analyse',
        paragraphs: [
          'Opgørelsen viser de udgifter, der giver adgang til låntagning i regnskabsåret. Lånet skal være optaget senest den 31. marts i det følgende år.',
          'Tilbud fra KommuneKredit er indhentet på fast og variabel rente samt på lån i danske kroner og euro.',
        ],
        minPages: 2,
        table: ramme,
      },
    ],
  };
}

export function itDriftItem(c: DemoCalendar): DemoItem {
  const evaluering = [
    'Driftsstabiliteten har været 99,7 pct. mod et mål på 99,5 pct.',
    'Samarbejdet har sparet de to kommuner for i alt ca. 2,4 mio. kr. om året.',
    'Brugerne oplever hurtigere hjælp, men efterspørger bedre hjælp til mobile enheder.',
  ];
  return {
    title: 'Forlængelse af aftale om fælles it-drift med Skovlund Kommune',
    caseNumber: `${c.casePrefix}/05533`,
    sections: {
      resume: paragraphs(
        `Aftalen om fælles it-drift med Skovlund Kommune udløber den 31. marts ${c.nextYear}. Samarbejdet er evalueret positivt, og forvaltningen foreslår, at aftalen forlænges i fire år.`,
      ),
      indstilling: paragraphs('Forvaltningen foreslår, at'),
      sagsfremstilling: doc(
        paragraph('Fjordby og Skovlund Kommuner har siden 2021 haft fælles it-drift med én driftsafdeling placeret på Fjordby Rådhus. Evalueringen viser bl.a.:'),
        bulletList(...evaluering),
        paragraph('Ved forlængelsen styrkes informationssikkerheden med fælles overvågning uden for arbejdstid og årlige beredskabsøvelser.'),
      ),
      lovgrundlag: paragraphs('Samarbejdet er etableret som et administrativt fællesskab efter kommunestyrelseslovens § 60.'),
      oekonomi: paragraphs(
        'Fjordby Kommunes andel af udgifterne er 6.185.000 kr. om året, hvilket er 0,3 mio. kr. mere end i dag på grund af den styrkede overvågning. Merudgiften finansieres inden for Økonomiudvalgets ramme.',
      ),
      beslutningskompetence: paragraphs(`${KOMMUNALBESTYRELSEN}.`),
    },
    points: [
      { text: `samarbejdsaftalen om fælles it-drift med Skovlund Kommune forlænges i fire år fra den 1. april ${c.nextYear}`, decisionAuthority: KOMMUNALBESTYRELSEN },
      { text: 'merudgiften på 0,3 mio. kr. om året finansieres inden for Økonomiudvalgets ramme', decisionAuthority: KOMMUNALBESTYRELSEN },
    ],
    bilag: [
      {
        fileName: 'Evaluering af it-samarbejdet.pdf',
        subtitle: 'Fjordby og Skovlund Kommuner',
        paragraphs: [
          '# Formål',
          'Evalueringen skal danne grundlag for beslutningen om at forlænge samarbejdet.',
          '# Resultater',
          ...evaluering,
          '# Anbefalinger',
          'Styregruppen anbefaler, at samarbejdet forlænges, og at der afsættes ressourcer til overvågning uden for arbejdstid.',
        ],
        minPages: 4,
      },
      {
        fileName: 'Samarbejdsaftale - udkast til tillæg.pdf',
        subtitle: 'Udkast',
        paragraphs: [
          '§ 1. Aftalen forlænges til og med den 31. marts fire år efter tillæggets ikrafttræden.',
          '§ 2. Udgifterne fordeles efter antallet af it-brugere i hver kommune pr. 1. januar.',
          '§ 3. Aftalen kan opsiges med 12 måneders varsel til udgangen af et kalenderår.',
        ],
        minPages: 3,
        distribution: 'on_file',
      },
    ],
  };
}

export function moedeplanItem(c: DemoCalendar): DemoItem {
  const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'august', 'september', 'oktober', 'november', 'december'];
  const monthNumbers = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12];
  const rows = monthNumbers.map((month, index) => {
    const oekonomi = weekdayOnOrAfter(`${c.nextYear}-${String(month).padStart(2, '0')}-10`, WEDNESDAY);
    return [months[index] ?? '', formatShortDate(oekonomi), formatShortDate(addDays(oekonomi, 8))];
  });
  const plan = { header: ['Måned', OEKONOMIUDVALGET, KOMMUNALBESTYRELSEN], rows };
  return {
    title: `Mødeplan for ${OEKONOMIUDVALGET} ${c.nextYear}`,
    caseNumber: `${c.casePrefix}/06377`,
    sections: {
      resume: paragraphs(`Forvaltningen har udarbejdet forslag til mødeplan for ${c.nextYear}, så udvalgets møder ligger ugen før Kommunalbestyrelsens møder.`),
      indstilling: paragraphs(`Forvaltningen foreslår, at mødeplanen for ${c.nextYear} godkendes.`),
      sagsfremstilling: doc(
        paragraph('Udvalget mødes som hidtil onsdag kl. 16.00 i Borgmesterens mødelokale. Der holdes ikke møde i juli. Forslaget til datoer er:'),
        table(plan.header, plan.rows),
        paragraph(`Budgetseminaret holdes den ${formatLongDate(weekdayOnOrAfter(`${c.nextYear}-08-20`, WEDNESDAY))} på Fjordby Strandhotel.`),
      ),
      beslutningskompetence: paragraphs(`${OEKONOMIUDVALGET}.`),
    },
    bilag: [
      {
        fileName: `Mødeplan ${c.nextYear} for Kommunalbestyrelsen og de stående udvalg.pdf`,
        subtitle: 'Udkast · Sekretariatet',
        paragraphs: [
          'Mødeplanen er koordineret med fagudvalgene, så sager kan nå gennem fagudvalg og Økonomiudvalget inden Kommunalbestyrelsens møde.',
          'Fagudvalgene mødes i ugen før Økonomiudvalget. Møderne begynder kl. 16.00, medmindre udvalget beslutter andet.',
        ],
        pageSize: 'A4-landscape',
        minPages: 2,
        table: plan,
      },
    ],
  };
}

export function havnevejItem(c: DemoCalendar): DemoItem {
  return {
    title: 'Køb af ejendommen Havnevej 22, Fjordby',
    caseNumber: `${c.casePrefix}/06340`,
    isClosed: true,
    publicTitle: 'Køb af ejendom',
    sections: {
      resume: paragraphs(
        'Ejeren af Havnevej 22 har tilbudt kommunen at købe ejendommen, som ligger midt i det område, der efter helhedsplanen for havnen skal omdannes til boliger og erhverv. Punktet behandles for lukkede døre af hensyn til kommunens forhandlingsposition.',
      ),
      indstilling: paragraphs(
        'Forvaltningen foreslår, at kommunen køber ejendommen Havnevej 22 for 4.250.000 kr. med overtagelse den 1. marts, finansieret af puljen til strategiske opkøb.',
      ),
      sagsfremstilling: paragraphs(
        'Ejendommen består af en tidligere maskinhal på 1.150 m² på en grund på 3.400 m². Den støder op til kommunens egne arealer på Nordkajen.',
        'En uvildig valuar har vurderet ejendommen til 4,1–4,4 mio. kr. Der er foretaget en miljøscreening, som ikke har vist forurening ud over det, der er sædvanligt for havnearealer.',
      ),
      oekonomi: paragraphs(
        'Købesummen på 4.250.000 kr. og omkostninger på ca. 0,1 mio. kr. finansieres af puljen til strategiske opkøb, hvor der er 6,8 mio. kr. til rådighed.',
      ),
      beslutningskompetence: paragraphs(`${KOMMUNALBESTYRELSEN}.`),
    },
    bilag: [
      {
        fileName: 'Købsaftale - Havnevej 22.pdf',
        subtitle: 'Udkast · Fortroligt',
        paragraphs: [
          '§ 1. Sælger overdrager ejendommen matr.nr. 14b Fjordby Bygrunde, beliggende Havnevej 22, til Fjordby Kommune.',
          '§ 2. Købesummen er 4.250.000 kr., som betales kontant på overtagelsesdagen.',
          '§ 3. Ejendommen overdrages, som den er og forefindes, og som beset af køber.',
          '§ 4. Aftalen er betinget af Kommunalbestyrelsens godkendelse.',
        ],
        minPages: 3,
        isClosed: true,
      },
      {
        fileName: 'Valuarvurdering af Havnevej 22.pdf',
        subtitle: 'Fortroligt',
        paragraphs: [
          'Vurderingen bygger på besigtigelse, sammenlignelige handler i havneområdet og ejendommens planmæssige status.',
          'Markedsværdien vurderes til 4,1–4,4 mio. kr. under forudsætning af, at lokalplanen for havneområdet vedtages som forudsat i helhedsplanen.',
        ],
        minPages: 2,
        isClosed: true,
        distribution: 'on_file',
      },
    ],
  };
}
