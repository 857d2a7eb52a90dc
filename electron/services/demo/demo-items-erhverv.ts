import { bulletList, doc, paragraph, paragraphs, table } from '../../../shared/content/content-builders';
import { formatLongDate } from '../../../shared/format/danish-date';
import { addDays, type DemoCalendar } from './demo-calendar';
import type { DemoItem } from './demo-item';
import { ERHVERVSUDVALGET, KOMMUNALBESTYRELSEN, OEKONOMIUDVALGET } from './demo-committees';

/** The ordinary items of the held Erhvervs- og Beskæftigelsesudvalget meeting, in agenda order. */

export function beskaeftigelsesplanItem(c: DemoCalendar): DemoItem {
  const ledighed = {
    header: ['Målgruppe', `September ${c.year - 1}`, `September ${c.year}`, 'Ændring'],
    rows: [
      ['Dagpengemodtagere', '612', '587', '-4,1 pct.'],
      ['Jobparate kontanthjælpsmodtagere', '298', '271', '-9,1 pct.'],
      ['Aktivitetsparate kontanthjælpsmodtagere', '544', '531', '-2,4 pct.'],
      ['Sygedagpengemodtagere', '701', '736', '5,0 pct.'],
      ['Modtagere af ledighedsydelse', '189', '176', '-6,9 pct.'],
    ],
  };
  const maal = [
    'Flere ledige skal hurtigere i job gennem tidlig og virksomhedsrettet kontakt.',
    'Færre unge under 30 år skal være på offentlig forsørgelse uden at være i gang med en uddannelse.',
    'Flere sygemeldte skal bevare tilknytningen til deres arbejdsplads gennem delvis raskmelding.',
    'Virksomhederne skal opleve jobcentret som en hurtig og kompetent samarbejdspartner ved rekruttering.',
  ];
  const baggrund = [
    `Beskæftigelsesplanen er kommunens årlige plan for jobcentrets indsats. Den fastlægger, hvilke mål Fjordby Kommune vil arbejde efter i ${c.nextYear}, og hvordan ressourcerne prioriteres mellem målgrupperne.`,
    'Ledigheden i Fjordby er samlet set faldet det seneste år, men antallet af sygedagpengemodtagere er steget. Udviklingen fremgår af tabellen:',
  ];
  return {
    title: `Beskæftigelsesplan ${c.nextYear}`,
    caseNumber: `${c.casePrefix}/01873`,
    sections: {
      resume: paragraphs(
        `Forvaltningen har udarbejdet forslag til Beskæftigelsesplan ${c.nextYear}. Planen bygger på udvalgets drøftelse på temamødet i august og sætter fire lokale mål for beskæftigelsesindsatsen. Udvalget skal anbefale planen over for ${KOMMUNALBESTYRELSEN} og godkende, at den sendes i høring.`,
      ),
      indstilling: paragraphs('Forvaltningen foreslår, at'),
      sagsfremstilling: doc(
        ...baggrund.map(paragraph),
        table(ledighed.header, ledighed.rows),
        paragraph('På den baggrund foreslår forvaltningen disse fire lokale mål:'),
        bulletList(...maal),
        paragraph(
          'Indsatsen over for sygedagpengemodtagere styrkes med to ekstra virksomhedskonsulenter, som skal hjælpe arbejdspladserne med at finde skånehensyn og delvise raskmeldinger. Erfaringerne fra et forsøg i Nørre Vedby viser, at sygeforløb med tidlig kontakt til arbejdspladsen i gennemsnit blev seks uger kortere.',
        ),
      ),
      lovgrundlag: paragraphs(
        'Kommunalbestyrelsen skal hvert år vedtage en beskæftigelsesplan efter lov om organisering og understøttelse af beskæftigelsesindsatsen m.v. Planen skal forelægges Det Lokale Beskæftigelsesråd, før den vedtages.',
      ),
      oekonomi: paragraphs(
        `Planen gennemføres inden for udvalgets budgetramme for ${c.nextYear}. Den styrkede indsats for sygedagpengemodtagere koster 1.250.000 kr. om året. Den finansieres med 0,6 mio. kr. ved en omprioritering inden for jobcentrets driftsbudget og 650.000 kr. fra en statslig pulje, som forvaltningen har fået tilsagn om.`,
      ),
      beslutningskompetence: paragraphs(
        `${ERHVERVSUDVALGET} godkender, at planen sendes i høring.`,
        `${KOMMUNALBESTYRELSEN} godkender beskæftigelsesplanen.`,
      ),
      hoering: paragraphs('Forslaget sendes i høring hos Det Lokale Beskæftigelsesråd og Handicaprådet med fire ugers svarfrist.'),
    },
    points: [
      { text: `forslag til Beskæftigelsesplan ${c.nextYear} anbefales godkendt`, decisionAuthority: KOMMUNALBESTYRELSEN },
      { text: 'forslaget sendes i høring hos Det Lokale Beskæftigelsesråd og Handicaprådet', decisionAuthority: ERHVERVSUDVALGET },
    ],
    bilag: [
      {
        fileName: `Beskæftigelsesplan ${c.nextYear} - udkast.pdf`,
        subtitle: `Jobcenter Fjordby · Udkast til politisk behandling · ${formatLongDate(c.heldDate)}`,
        paragraphs: [
          '# Indledning',
          ...baggrund.slice(0, 1),
          '# Lokale mål',
          ...maal,
          '# Prioritering af ressourcer',
          'Jobcentret flytter ressourcer fra samtaler på jobcentret til kontakt ude på arbejdspladserne. Virksomhedskonsulenterne får hver en fast portefølje af virksomheder, så den enkelte virksomhed har én kontaktperson.',
          '# Opfølgning',
          'Udvalget får en kvartalsvis status på målene. Den første status forelægges på udvalgets møde i april.',
        ],
        minPages: 5,
      },
      {
        fileName: `Notat om beskæftigelsesindsatsen ${c.nextYear}.pdf`,
        subtitle: 'Nøgletal for målgrupperne · Jobcenter Fjordby',
        paragraphs: [
          'Notatet samler nøgletallene bag forslaget til beskæftigelsesplan. Tallene er opgjort som fuldtidspersoner i september og stammer fra den fælles datavarehusløsning.',
          'Faldet i antallet af jobparate kontanthjælpsmodtagere skyldes især et stigende antal ordinære job i bygge- og anlægsbranchen. Stigningen i sygedagpenge følger udviklingen på landsplan.',
        ],
        pageSize: 'A4-landscape',
        minPages: 3,
        table: ledighed,
      },
    ],
  };
}

export function udbudItem(c: DemoCalendar): DemoItem {
  const krav = [
    'Mindst 60 pct. af forløbene skal foregå på en arbejdsplads.',
    'Leverandøren skal have en fast kontaktperson for hver deltager.',
    'Resultaterne måles på, hvor mange deltagere der er i job eller uddannelse seks måneder efter forløbet.',
    'Leverandøren skal kunne tage imod deltagere med et begrænset dansk.',
  ];
  return {
    title: 'Udbud af virksomhedsrettede forløb for ledige',
    caseNumber: `${c.casePrefix}/03120`,
    sections: {
      resume: paragraphs(
        `Kontrakten om virksomhedsrettede forløb for ledige udløber den 31. maj ${c.nextYear}. Forvaltningen foreslår, at opgaven sendes i udbud med vægt på kvalitet og resultater, og at kommunens egne værkstedsforløb i Ålbæk afvikles, når den nye kontrakt træder i kraft.`,
      ),
      indstilling: paragraphs('Forvaltningen foreslår, at'),
      sagsfremstilling: doc(
        paragraph(
          'Jobcentret køber i dag virksomhedsrettede forløb for ca. 180 ledige om året hos én leverandør. Desuden driver kommunen selv værkstedsforløb i Ålbæk med plads til 24 deltagere inden for træ, metal og grønne områder.',
        ),
        paragraph(
          'Evalueringen af de to tilbud viser, at 41 pct. af deltagerne i de virksomhedsrettede forløb var i job eller uddannelse et halvt år efter, mod 23 pct. af deltagerne i værkstedsforløbene. Forvaltningen anbefaler derfor at samle indsatsen i ét udbud, hvor leverandøren skal opfylde disse krav:',
        ),
        bulletList(...krav),
        paragraph(
          'De fire medarbejdere på værkstederne i Ålbæk tilbydes andre stillinger i jobcentret. Bygningen overgår til Teknik og Miljø.',
        ),
      ),
      lovgrundlag: paragraphs(
        'Opgaven er omfattet af udbudslovens regler om sociale og andre specifikke tjenesteydelser. Kontraktens samlede værdi på ca. 10,2 mio. kr. over tre år overstiger tærskelværdien, og udbuddet skal derfor annonceres i EU-Tidende.',
      ),
      oekonomi: paragraphs(
        'Den nuværende kontrakt koster ca. 3.400.000 kr. om året. Værkstedsforløbene i Ålbæk koster 1.875.000 kr. om året.',
        `Forvaltningen forventer, at det samlede udbud giver en besparelse på 0,9 mio. kr. om året fra ${c.nextYear + 1}. I ${c.nextYear} er besparelsen 0,4 mio. kr., fordi værkstederne drives til og med maj.`,
      ),
      beslutningskompetence: paragraphs(`${ERHVERVSUDVALGET}.`),
    },
    points: [
      { text: 'virksomhedsrettede forløb for ledige sendes i udbud med tildelingskriteriet bedste forhold mellem pris og kvalitet', decisionAuthority: ERHVERVSUDVALGET },
      { text: 'kommunens værkstedsforløb i Ålbæk afvikles, når den nye kontrakt træder i kraft', decisionAuthority: ERHVERVSUDVALGET },
    ],
    bilag: [
      {
        fileName: 'Udbudsmateriale - kravspecifikation.pdf',
        subtitle: 'Virksomhedsrettede forløb for ledige · Udkast',
        paragraphs: [
          '# 1. Opgaven',
          'Leverandøren skal tilrettelægge forløb, der bringer ledige tættere på ordinært arbejde gennem praktik og løntilskud på private og offentlige arbejdspladser i og omkring Fjordby Kommune.',
          '# 2. Mindstekrav',
          ...krav,
          '# 3. Tildeling',
          'Tilbuddene vurderes på pris (40 pct.) og kvalitet (60 pct.). Kvaliteten vurderes ud fra leverandørens beskrivelse af metode, samarbejde med virksomheder og opfølgning på den enkelte deltager.',
          '# 4. Kontraktperiode',
          `Kontrakten løber fra 1. juni ${c.nextYear} i tre år med mulighed for forlængelse i op til 12 måneder.`,
        ],
        minPages: 4,
      },
      {
        fileName: 'Evaluering af værkstedsforløb i Ålbæk.pdf',
        subtitle: `Jobcenter Fjordby · ${c.year}`,
        paragraphs: [
          'Evalueringen omfatter de 112 deltagere, der afsluttede et forløb på værkstederne i Ålbæk i de seneste to år.',
          'Deltagerne er generelt glade for forløbene og fremhæver det faste hold og de praktiske opgaver. Kun få har dog fået kontakt til en arbejdsplads under forløbet, og 23 pct. var i job eller uddannelse et halvt år efter.',
          'Medarbejderne peger på, at en del af deltagerne har brug for et trygt sted at starte, før de kan klare en praktik på en almindelig arbejdsplads.',
        ],
        minPages: 3,
      },
    ],
  };
}

export function havnefestivalItem(c: DemoCalendar): DemoItem {
  const regnskab = {
    header: ['Post', `Regnskab ${c.year - 1}`, `Regnskab ${c.year}`, `Budget ${c.nextYear}`],
    rows: [
      ['Billetsalg', '1.310.000 kr.', '1.395.000 kr.', '1.420.000 kr.'],
      ['Sponsorater', '265.000 kr.', '280.000 kr.', '290.000 kr.'],
      ['Kommunalt tilskud', '150.000 kr.', '150.000 kr.', '175.000 kr.'],
      ['Musik og scener', '-1.140.000 kr.', '-1.205.000 kr.', '-1.260.000 kr.'],
      ['Sikkerhed og renovation', '-395.000 kr.', '-430.000 kr.', '-455.000 kr.'],
      ['Øvrige udgifter', '-168.000 kr.', '-177.000 kr.', '-170.000 kr.'],
      ['Resultat', '22.000 kr.', '13.000 kr.', '0 kr.'],
    ],
  };
  return {
    title: `Ansøgning om tilskud til Fjordby Havnefestival ${c.nextYear}`,
    caseNumber: `${c.casePrefix}/05102`,
    sections: {
      resume: paragraphs(
        `Foreningen Fjordby Havnefestival søger om et tilskud på 175.000 kr. til festivalen i juni ${c.nextYear}. Forvaltningen foreslår et tilskud på 125.000 kr. fra puljen til events og markedsføring.`,
      ),
      indstilling: paragraphs(
        `Forvaltningen foreslår, at Foreningen Fjordby Havnefestival får et tilskud på 125.000 kr. til Fjordby Havnefestival ${c.nextYear}, finansieret af puljen til events og markedsføring.`,
      ),
      sagsfremstilling: doc(
        paragraph(
          'Fjordby Havnefestival er en tredages musik- og madfestival på Nordkajen, som drives af frivillige. Festivalen havde i år ca. 14.000 gæster, og foreningen anslår, at gæsterne lagde ca. 3,8 mio. kr. i byens butikker, restauranter og overnatningssteder.',
        ),
        paragraph(
          'Foreningen søger om et større tilskud end tidligere, fordi udgifterne til sikkerhed og renovation er steget. Forvaltningen foreslår et tilskud på 125.000 kr. på disse betingelser:',
        ),
        bulletList(
          'Festivalen holder en familiedag med gratis adgang for børn under 12 år.',
          'Foreningen samarbejder med jobcentret om frivilligjob for unge ledige.',
          'Regnskabet sendes til forvaltningen senest tre måneder efter festivalen.',
        ),
      ),
      lovgrundlag: paragraphs(
        'Tilskuddet gives efter kommunalfuldmagtsreglerne, hvorefter kommunen kan støtte kulturelle arrangementer, der er åbne for alle og kommer kommunens borgere til gode.',
      ),
      oekonomi: paragraphs(
        `Puljen til events og markedsføring udgør 640.000 kr. i ${c.nextYear}, hvoraf 215.000 kr. allerede er disponeret. Efter tilskuddet på 125.000 kr. er der 300.000 kr. tilbage i puljen.`,
      ),
      beslutningskompetence: paragraphs(`${ERHVERVSUDVALGET}.`),
    },
    bilag: [
      {
        fileName: 'Ansøgning fra Foreningen Fjordby Havnefestival.pdf',
        subtitle: `Modtaget ${formatLongDate(addDays(c.heldDate, -40))}`,
        paragraphs: [
          'Til Erhvervs- og Beskæftigelsesudvalget, Fjordby Kommune',
          `Foreningen Fjordby Havnefestival søger hermed om et tilskud på 175.000 kr. til afholdelse af Fjordby Havnefestival i juni ${c.nextYear}.`,
          'Festivalen har siden starten vokset sig til et af de største arrangementer i kommunen. Vi har i år haft 14.000 gæster og 320 frivillige, og vi samarbejder med mere end 40 lokale virksomheder.',
          'Kravene til sikkerhed, hegn og renovation er skærpet, og udgifterne er steget med ca. 35.000 kr. om året. Uden et større tilskud må vi skære i programmet eller hæve billetprisen.',
          'Med venlig hilsen\nBestyrelsen for Foreningen Fjordby Havnefestival',
        ],
        minPages: 3,
      },
      {
        fileName: 'Budget og regnskab for Havnefestivalen.pdf',
        subtitle: 'Foreningen Fjordby Havnefestival',
        paragraphs: [
          'Oversigten viser festivalens regnskab for de to seneste år og budgettet for den kommende festival. Beløbene er afrundet til nærmeste tusinde kroner.',
          '# Bemærkninger',
          'Stigningen i udgifterne til sikkerhed og renovation skyldes nye krav om hegn og vagter ved indgangene.',
          'Sponsoraterne kommer fra 43 lokale virksomheder. Foreningen har ingen gæld og en egenkapital på 96.000 kr.',
        ],
        pageSize: 'A4-landscape',
        minPages: 2,
        table: regnskab,
      },
    ],
  };
}

export function sygedagpengeItem(c: DemoCalendar): DemoItem {
  const kvartal = {
    header: ['Nøgletal', '1. kvartal', '2. kvartal', '3. kvartal', 'Mål'],
    rows: [
      ['Forløb i alt (fuldtidspersoner)', '712', '724', '736', '690'],
      ['Forløb over 22 uger', '231', '244', '249', '210'],
      ['Delvist raskmeldte', '18 pct.', '20 pct.', '23 pct.', '25 pct.'],
      ['Første samtale inden 8 uger', '91 pct.', '93 pct.', '95 pct.', '95 pct.'],
      ['Afsluttet til arbejde', '64 pct.', '66 pct.', '65 pct.', '70 pct.'],
    ],
  };
  return {
    title: 'Kvartalsopfølgning på sygedagpengeområdet',
    caseNumber: `${c.casePrefix}/00877`,
    sections: {
      resume: paragraphs(
        `Forvaltningen giver udvalget en status på sygedagpengeområdet for 3. kvartal ${c.year}. Antallet af forløb er steget svagt, mens andelen af delvist raskmeldte er steget som ønsket.`,
      ),
      indstilling: paragraphs('Forvaltningen foreslår, at orienteringen tages til efterretning.'),
      sagsfremstilling: doc(
        paragraph(
          `Antallet af sygedagpengeforløb var 736 fuldtidspersoner i 3. kvartal ${c.year}. Det er 12 flere end i kvartalet før og 46 over målet for året. Stigningen ses især blandt ansatte over 50 år med lidelser i bevægeapparatet.`,
        ),
        paragraph('Jobcentret har i kvartalet bl.a.:'),
        bulletList(
          'holdt første samtale inden otte uger i 95 pct. af forløbene',
          'indgået samarbejdsaftaler om fastholdelse med fem af kommunens største arbejdspladser',
          'startet et holdforløb om smertehåndtering i samarbejde med Fjordby Sundhedshus',
        ),
        paragraph('Nøgletallene for hele året fremgår af bilaget.'),
      ),
      oekonomi: paragraphs(
        'Udgifterne til sygedagpenge forventes at blive 1,9 mio. kr. højere end budgetteret. Merudgiften indgår i budgetopfølgningen, som behandles som et særskilt punkt på mødet.',
      ),
      beslutningskompetence: paragraphs(`${ERHVERVSUDVALGET}.`),
    },
    bilag: [
      {
        fileName: `Kvartalsrapport sygedagpenge 3. kvartal ${c.year}.pdf`,
        subtitle: 'Jobcenter Fjordby · Ledelsesinformation',
        paragraphs: [
          'Rapporten følger op på målene for sygedagpengeområdet. Tallene er opgjort som fuldtidspersoner og andele af de afsluttede forløb i kvartalet.',
          'Målet for andelen af delvist raskmeldte er endnu ikke nået, men udviklingen går i den rigtige retning. Jobcentret forventer, at de to nye virksomhedskonsulenter vil løfte andelen yderligere.',
        ],
        pageSize: 'A4-landscape',
        minPages: 4,
        table: kvartal,
      },
    ],
  };
}

export function budgetopfoelgningErhvervItem(c: DemoCalendar): DemoItem {
  const budget = {
    header: ['Politikområde (mio. kr.)', 'Korrigeret budget', 'Forventet regnskab', 'Afvigelse'],
    rows: [
      ['Forsørgelsesydelser', '412,6', '414,8', '2,2'],
      ['Beskæftigelsesindsats', '38,4', '37,9', '-0,5'],
      ['Erhverv og turisme', '6,1', '6,1', '0,0'],
      ['Integration', '14,7', '14,3', '-0,4'],
      ['I alt', '471,8', '473,1', '1,3'],
    ],
  };
  return {
    title: `Budgetopfølgning pr. 30. september ${c.year} – ${ERHVERVSUDVALGET}`,
    caseNumber: `${c.casePrefix}/00412`,
    sections: {
      resume: paragraphs(
        `Budgetopfølgningen pr. 30. september ${c.year} viser et forventet merforbrug på 1,3 mio. kr. på udvalgets område. Merforbruget skyldes højere udgifter til sygedagpenge og kontanthjælp og modsvares delvist af mindreforbrug på beskæftigelsesindsatsen og integration.`,
      ),
      indstilling: paragraphs('Forvaltningen foreslår, at'),
      sagsfremstilling: doc(
        paragraph('Forventningerne til årets resultat fordeler sig således på udvalgets politikområder:'),
        table(budget.header, budget.rows),
        paragraph(
          'Merudgiften på forsørgelsesydelser er lovbunden og kan ikke finansieres inden for udvalgets ramme. Forvaltningen foreslår derfor en tillægsbevilling på 2.200.000 kr. til forsørgelsesydelser, finansieret af kassebeholdningen.',
        ),
        paragraph('Mindreforbruget på 0,9 mio. kr. på beskæftigelsesindsatsen og integration skyldes ubesatte stillinger og færre tolkeudgifter.'),
      ),
      oekonomi: paragraphs('Tillægsbevillingen på 2.200.000 kr. forringer kassebeholdningen tilsvarende.'),
      beslutningskompetence: paragraphs(
        `${ERHVERVSUDVALGET} tager budgetopfølgningen til efterretning.`,
        `${KOMMUNALBESTYRELSEN} beslutter tillægsbevillingen efter indstilling fra ${OEKONOMIUDVALGET}.`,
      ),
    },
    points: [
      { text: 'budgetopfølgningen tages til efterretning', decisionAuthority: ERHVERVSUDVALGET },
      { text: 'der gives en tillægsbevilling på 2.200.000 kr. til forsørgelsesydelser, finansieret af kassebeholdningen', decisionAuthority: KOMMUNALBESTYRELSEN },
    ],
    bilag: [
      {
        fileName: `Budgetopfølgning pr. 30. september ${c.year} - bilag.pdf`,
        subtitle: `${ERHVERVSUDVALGET} · Økonomi og Analyse`,
        paragraphs: [
          'Bilaget viser forventningerne til årets resultat fordelt på politikområder. Et positivt tal er et merforbrug, et negativt tal et mindreforbrug.',
          '# Forsørgelsesydelser',
          'Merforbruget på 2,2 mio. kr. skyldes 1,9 mio. kr. til sygedagpenge og 0,3 mio. kr. til kontanthjælp.',
        ],
        pageSize: 'A4-landscape',
        minPages: 3,
        table: budget,
      },
    ],
  };
}

export function praktikpladserRequest(c: DemoCalendar, madsId: number): DemoItem {
  return {
    title: 'Anmodning fra Mads Æbelø Christensen (F) om optagelse af sag om praktik- og lærepladser i kommunen',
    request: {
      personId: madsId,
      requestedOn: addDays(c.heldDate, -12),
      text: `Jeg anmoder om, at udvalget drøfter, hvordan Fjordby Kommune som arbejdsplads kan tilbyde flere praktik- og lærepladser til unge uden uddannelse. Jeg foreslår, at forvaltningen laver en oversigt over de nuværende pladser og et forslag til, hvordan vi kan oprette 20 flere pladser i ${c.nextYear}.`,
    },
    sections: {
      indstilling: paragraphs('Forvaltningen foreslår, at udvalget drøfter anmodningen.'),
      sagsfremstilling: paragraphs(
        `Mads Æbelø Christensen (F) har den ${formatLongDate(addDays(c.heldDate, -12))} anmodet om at få optaget en sag på udvalgets dagsorden, jf. forretningsordenen.`,
        'Kommunen har i dag 46 elever og lærlinge, primært inden for social- og sundhedsområdet, kontor og ejendomsservice. Forvaltningen kan til et senere møde beskrive mulighederne for flere pladser, herunder hvad det vil koste.',
      ),
      beslutningskompetence: paragraphs(`${ERHVERVSUDVALGET}.`),
    },
  };
}

export function jobcenterchefItem(c: DemoCalendar): DemoItem {
  return {
    title: 'Ansættelse af jobcenterchef',
    caseNumber: `${c.casePrefix}/06210`,
    isClosed: true,
    publicTitle: 'Personsag',
    sections: {
      resume: paragraphs(
        'Ansættelsesudvalget indstiller en kandidat til stillingen som jobcenterchef. Punktet behandles for lukkede døre, fordi det drejer sig om en personsag.',
      ),
      indstilling: paragraphs('Ansættelsesudvalget indstiller, at Charlotte Krogsgaard Bech ansættes som jobcenterchef fra den 1. februar.'),
      sagsfremstilling: paragraphs(
        'Stillingen som jobcenterchef blev opslået i august. Der kom 23 ansøgninger, og ansættelsesudvalget holdt samtaler med fem kandidater i to runder. Den indstillede kandidat har gennemført en personlighedstest og en caseopgave.',
        'Charlotte Krogsgaard Bech er i dag afdelingsleder i et jobcenter i en nabokommune og har tidligere været virksomhedskonsulent. Referencerne er indhentet og er positive.',
      ),
      oekonomi: paragraphs('Lønnen forhandles inden for den gældende rammeaftale for chefer og holdes inden for jobcentrets budget.'),
      beslutningskompetence: paragraphs(`${ERHVERVSUDVALGET}.`),
    },
    bilag: [
      {
        fileName: 'Indstilling fra ansættelsesudvalget.pdf',
        subtitle: 'Fortroligt · Personsag',
        paragraphs: [
          'Ansættelsesudvalget har bestået af direktøren for Beskæftigelse og Erhverv, formanden for Erhvervs- og Beskæftigelsesudvalget, to afdelingsledere og en medarbejderrepræsentant.',
          'Udvalget har lagt vægt på ledelseserfaring fra beskæftigelsesområdet, evnen til at skabe samarbejde med virksomhederne og en tydelig og inddragende ledelsesstil.',
          'Ansættelsesudvalget er enigt i indstillingen.',
        ],
        minPages: 2,
        isClosed: true,
      },
      {
        fileName: 'Referencer og testresultater.pdf',
        subtitle: 'Fortroligt · Personsag',
        paragraphs: [
          'Der er indhentet to referencer fra nuværende og tidligere arbejdsgiver. Begge fremhæver kandidatens overblik, faglighed og gode samarbejde med medarbejderne.',
          'Personlighedstesten peger på en analytisk og resultatorienteret leder, som trives med forandringer.',
        ],
        minPages: 2,
        isClosed: true,
        distribution: 'on_file',
      },
    ],
  };
}
