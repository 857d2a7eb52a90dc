import type { Command, ParsedArgs } from '../command';
import type { CliIo } from '../cli-io';

/**
 * The registry loads a command's module only when it runs: "dagsorden --help" and "list" stay quick
 * because the PDF libraries behind demo and import are not loaded for them.
 */
const lazy = (load: () => Promise<{ run: Command['run'] }>, meta: Omit<Command, 'run'>): Command => ({
  ...meta,
  run: async (args: ParsedArgs, io: CliIo) => (await load()).run(args, io),
});

const db = { db: { type: 'string' as const }, help: { type: 'boolean' as const, short: 'h' } };

export const commands: Record<string, Command> = {
  demo: lazy(() => import('./demo'), {
    summary: 'opret en demodatabase med udvalg, møder, punkter og bilag',
    usage: 'dagsorden demo --db FIL\n\nOpretter en ny database med en opdigtet kommune, tre udvalg og tre møder med punkter, bilag, fremmøde og beslutninger; det ene møde har et godkendt referat med en godkendt tilføjelse (version 2). Referatet dannes med Chromium.',
    options: db,
  }),
  list: lazy(() => import('./list'), {
    summary: 'vis møderne i databasen med deres id',
    usage: 'dagsorden list --db FIL [--json]\n\nViser alle møder, nyeste først. Med --json skrives et JSON-array (id, committee, date, status, title) til scripts.',
    options: { ...db, json: { type: 'boolean' } },
  }),
  'export-json': lazy(() => import('./export-json'), {
    summary: 'skriv et møde som meeting.json med bilagsfiler',
    usage: 'dagsorden export-json --db FIL --meeting ID --out MAPPE\n\nSkriver MAPPE/meeting.json og bilagene under MAPPE/bilag/. Formatet er beskrevet i resources/meeting-json/meeting.schema.json.',
    options: { ...db, meeting: { type: 'string' }, out: { type: 'string' } },
  }),
  export: lazy(() => import('./export'), {
    summary: 'dan dagsorden eller referat som PDF med bilag eller som Word (DOCX)',
    usage: 'dagsorden export --db FIL --meeting ID --document agenda|minutes --edition members|public --out FIL.pdf [--bilag-after-item] [--pdfa] [--sign CERT.p12 --sign-password-env VARIABEL]\n       dagsorden export … --format docx --out FIL.docx | --with-bilag MAPPE|FIL.zip\n\nDanner den samlede pakke: forside, indholdsfortegnelse, punkterne og de udsendte bilag med stempler, bogmærker og links.\nDen offentlige udgave udelader lukkede punkters indhold og lukkede bilag. Med --bilag-after-item står bilagene lige efter deres punkt.\n--pdfa danner PDF/A-2b (bilagene undersøges, før eksporten starter). --sign underskriver filen (PAdES) med certifikatet; adgangskoden læses fra miljøvariablen VARIABEL eller spørges om i terminalen.\nFilen skrives først, når pakken er færdig, så en fejl efterlader en tidligere fil urørt. En eksport er en kopi af mødet, som det er nu (et udkast, før dagsordenen er udsendt eller referatet godkendt); en ny version dannes med dagsorden release.\n--format docx danner et Word-dokument med samme indhold (Word-overskrifter, lister, sidehoved og »Side N af M«). Med --with-bilag MAPPE skrives dokumentet og de udsendte bilag (»Punkt 3 - Bilag 1 - <titel>.pdf«) i MAPPE, og dokumentets bilagsfortegnelse linker til filerne; slutter navnet på .zip, samles de i én zip-fil. Bilag, der ligger i sagen, nævnes kun, og lukkede bilag kommer aldrig med i den offentlige udgave.',
    options: {
      ...db, meeting: { type: 'string' }, document: { type: 'string' }, edition: { type: 'string' }, out: { type: 'string' },
      format: { type: 'string' }, 'with-bilag': { type: 'string' },
      'bilag-after-item': { type: 'boolean' }, pdfa: { type: 'boolean' }, sign: { type: 'string' }, 'sign-password-env': { type: 'string' },
    },
  }),
  release: lazy(() => import('./release'), {
    summary: 'udsend dagsordenen: tjek, begge udgaver som ny version, status udsendt',
    usage: 'dagsorden release --db FIL --meeting ID [--dry-run] [--override NØGLE=BEGRUNDELSE …] [--out MAPPE] [--pdfa] [--sign CERT.p12 --sign-password-env VARIABEL]\n\nKører tjekket før udsendelse. Et fund af typen fejl (pladsholder, manglende indstilling, CPR-nummer i et åbent punkt) standser udsendelsen, medmindre det tilsidesættes med --override og en begrundelse; nøglen står ved fundet (--dry-run viser fundene uden at udsende).\nDerefter dannes medlemmernes og den offentlige udgave som næste version; begge gemmes i databasen med begrundelserne, og mødet får status dagsorden udsendt. Med --out skrives begge filer også til MAPPE.\nEt åbent punkt med et CPR-nummer kommer altid uden tekst i den offentlige udgave.',
    options: {
      ...db, meeting: { type: 'string' }, 'dry-run': { type: 'boolean' }, override: { type: 'string', multiple: true }, out: { type: 'string' },
      pdfa: { type: 'boolean' }, sign: { type: 'string' }, 'sign-password-env': { type: 'string' },
    },
  }),
  approve: lazy(() => import('./approve'), {
    summary: 'godkend referatet: protokoltjek, godkendelser, PDF/A-referat og protokolkæden',
    usage: 'dagsorden approve --db FIL --meeting ID [--approved-by PERSON_ID|NAVN …] [--method paper|in_app|email] [--dry-run] [--override NØGLE=BEGRUNDELSE …] [--out MAPPE] [--sign CERT.p12 --sign-password-env VARIABEL]\n\nKører protokoltjekket på et afholdt møde og viser fundene med deres nøgle. Et fund af typen fejl (punkt uden beslutning, lukket punkt uden offentligt uddrag, inhabilt medlem der stemte …) standser godkendelsen, medmindre det tilsidesættes med --override og en begrundelse, som gemmes med godkendelsen.\n--approved-by registrerer et fremmødt medlems godkendelse (id eller navn, gentages for hvert medlem); --method siger hvordan: paper (underskrevet på papir, standard), in_app (godkendt i programmet) eller email (godkendt pr. e-mail). Derefter vises, hvem der stadig mangler at godkende efter udvalgets regel (alle fremmødte eller formanden).\nNår godkendelserne er der, godkendes referatet som i programmet: en ny godkendelse i udvalgets protokolkæde, medlemmernes og den offentlige udgave som PDF/A-2b version 1 med underskriftsbladet, og status referat godkendt. Kædehashen og filernes SHA-256 vises; med --out skrives begge filer også til MAPPE. --sign underskriver filerne (PAdES).\n--dry-run viser fundene og godkendelserne uden at ændre noget. Afvises godkendelsen, ændres intet i databasen (afslutningskode 1).',
    options: {
      ...db, meeting: { type: 'string' }, 'approved-by': { type: 'string', multiple: true }, method: { type: 'string' }, 'dry-run': { type: 'boolean' },
      override: { type: 'string', multiple: true }, out: { type: 'string' }, sign: { type: 'string' }, 'sign-password-env': { type: 'string' },
    },
  }),
  search: lazy(() => import('./search'), {
    summary: 'søg i alle møders punkter, beslutninger og bilag',
    usage: 'dagsorden search --db FIL "SØGNING" [--committee UDVALG …] [--from ÅÅÅÅ-MM-DD] [--to ÅÅÅÅ-MM-DD] [--open|--closed] [--kind TYPE …] [--json]\n\nSøger i punkternes titler og tekst, beslutninger og afstemninger, meddelelser og bilagenes tekst på tværs af alle møder og viser de bedste resultater, samlet pr. møde, med uddrag hvor søgeordene står i [klammer].\nAlle ord skal forekomme, også som begyndelsen af et længere ord (havn finder Havnevej og havnefestival); "flere ord" i anførselstegn søger efter netop de ord i rækkefølge, og OG, ELLER og IKKE (AND, OR, NOT) kan stå mellem ordene. Æ, ø og å er bogstaver for sig: far finder ikke får.\nLukkede punkter og bilag kommer med og er mærket (lukket); --open eller --closed viser kun de åbne eller de lukkede. --committee (navn eller id, kan gentages), --from og --to afgrænser efter mødedato, --kind efter punkttype (ordinary, announcements, member_request, agenda_approval, any_other_business; kan gentages). Med --json skrives resultaterne som JSON.',
    options: {
      ...db, committee: { type: 'string', multiple: true }, from: { type: 'string' }, to: { type: 'string' }, open: { type: 'boolean' }, closed: { type: 'boolean' },
      kind: { type: 'string', multiple: true }, json: { type: 'boolean' },
    },
  }),
  reindex: lazy(() => import('./reindex'), {
    summary: 'byg søgeindekset igen ud fra databasens punkter og bilag',
    usage: 'dagsorden reindex --db FIL\n\nSletter søgeindekset og bygger det igen for alle punkter og bilag i én transaktion. Indekset holdes ellers ajour ved hver ændring; brug kommandoen, hvis dagsorden check siger, at indekset ikke passer.',
    options: db,
  }),
  'verify-protocol': lazy(() => import('./verify-protocol'), {
    summary: 'kontrollér protokolkæden: er de godkendte referater og tilføjelser uændrede',
    usage: 'dagsorden verify-protocol --db FIL\n\nBeregner hvert udvalgs protokolkæde igen ud fra databasens indhold: hver godkendelses henvisning til den forrige, mødet, fremmødet og hvert punkt med beslutninger, afstemninger, tekster og bilagenes SHA-256, godkendelserne og hashen i det godkendte referats PDF.\nViser for hvert udvalg, hvor mange godkendelser der er kontrolleret, og afslutter med "Protokollen er intakt." (kode 0) eller med den første godkendelse, der ikke længere passer, med mødet og punktet (kode 1).',
    options: db,
  }),
  import: lazy(() => import('./import'), {
    summary: 'læs et møde fra meeting.json ind i databasen',
    usage: 'dagsorden import --db FIL MAPPE/meeting.json\n\nOpretter mødet med udvalg, medlemmer, punkter, bilag, fremmøde og beslutninger. Databasen oprettes, hvis den ikke findes.\nEn fejl i filen ændrer intet i databasen.',
    options: db,
  }),
  check: lazy(() => import('./check'), {
    summary: 'kontrollér databasens integritet',
    usage: 'dagsorden check --db FIL\n\nKører SQLites integritetskontrol, kontrollerer fremmednøgler og alle bilags kontrolsummer. Afslutter med kode 1, hvis noget er galt.',
    options: db,
  }),
  verify: lazy(() => import('./verify'), {
    summary: 'kontrollér underskrifterne i en PDF-fil',
    usage: 'dagsorden verify FIL.pdf\n\nViser underskriver, tidspunkt og integritet for hver underskrift, og om der er tilføjet indhold efter underskrift.\nUdstederen kontrolleres ikke mod en betroet liste.\nAfslutter med kode 0, hvis alle underskrifter er intakte og dækker hele filen, ellers 1.',
    options: { help: { type: 'boolean' as const, short: 'h' } },
  }),
};

export const helpText = [
  'dagsorden – dagsordener og referater for kommunale udvalg',
  '',
  'Brug: dagsorden KOMMANDO [tilvalg]',
  '',
  'Kommandoer:',
  ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(16)} ${c.summary}`),
  '',
  'Skriv "dagsorden KOMMANDO --help" for tilvalgene til en kommando.',
].join('\n');
