import { z } from 'zod';
import { meetingFileSchema } from './meeting-file';

/** The JSON Schema of meeting.json, made from the zod schema so the two never drift apart. */
export function meetingJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:dagsorden:meeting-file:1',
    title: 'Dagsorden meeting.json (formatVersion 1)',
    description: 'Et møde med udvalg, medlemmer, punkter, afsnit, bilag (filstier relative til JSON-filen), fremmøde, beslutninger og afstemninger.',
    ...z.toJSONSchema(meetingFileSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
  };
}
