// npm run schema: regenerates resources/meeting-json/meeting.schema.json from the zod schema.
import { fileURLToPath } from 'node:url';
import { meetingJsonSchema } from '../../shared/transfer/meeting-json-schema';
import { writeFileAtomic } from '../services/transfer/write-file-atomic';

const target = fileURLToPath(new URL('../../resources/meeting-json/meeting.schema.json', import.meta.url));
writeFileAtomic(target, `${JSON.stringify(meetingJsonSchema(), null, 2)}\n`);
console.log(`Skrev ${target}`);
