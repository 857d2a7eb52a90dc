import { z } from 'zod';
import { MEETING_FILE_VERSION, meetingFileSchema } from './meeting-file';

/** The JSON Schema of meeting.json, made from the zod schema so the two never drift apart. */
export function meetingJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:dagsorden:meeting-file:${MEETING_FILE_VERSION}`,
    title: `Dagsorden meeting.json (formatVersion ${MEETING_FILE_VERSION})`,
    description: 'Et møde med udvalg, medlemmer, punkter, afsnit, bilag (filstier relative til JSON-filen), fremmøde, beslutninger pr. indstillingspunkt med udfald, afstemninger, mindretalsudtalelser og protokoltilførsler. Filer i formatVersion 1 læses også; de opgraderes ved indlæsning.',
    ...z.toJSONSchema(meetingFileSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
  };
}
