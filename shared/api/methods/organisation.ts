import { z } from 'zod';
import { method } from '../define-method';
import { idSchema, limitedText, nonEmptyText } from '../../domain/primitives';
import { TEXT_LIMITS } from '../../domain/text-limits';
import type { Municipality, Party, Person } from '../../domain/entities';

const logoDataUrl = z
  .string()
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'Logoet skal være et PNG- eller JPEG-billede')
  .max(4_000_000, 'Logoet må højst fylde 3 MB');

const partyFields = {
  letter: z.string().trim().min(1, 'Partibogstavet må ikke være tomt').max(3, 'Partibogstavet må højst have 3 tegn'),
  name: nonEmptyText('Partiets navn', TEXT_LIMITS.name),
};
const personFields = {
  name: nonEmptyText('Navnet', TEXT_LIMITS.name),
  partyId: idSchema.nullable(),
  title: limitedText('Titlen', TEXT_LIMITS.name).nullable().optional(),
  email: z.string().max(254, 'E-mailadressen må højst have 254 tegn').pipe(z.email('E-mailadressen er ikke gyldig')).nullable().optional(),
};

export const organisationMethods = {
  'municipality:get': method(z.object({})).returns<Municipality>(),
  'municipality:update': method(z.object({ name: nonEmptyText('Kommunens navn', TEXT_LIMITS.name), logoDataUrl: logoDataUrl.nullable() })).returns<Municipality>(),
  'parties:list': method(z.object({})).returns<Party[]>(),
  'parties:create': method(z.object(partyFields)).returns<Party>(),
  'parties:update': method(z.object({ id: idSchema, ...partyFields })).returns<Party>(),
  'parties:delete': method(z.object({ id: idSchema })).returns<void>(),
  'people:list': method(z.object({})).returns<Person[]>(),
  'people:create': method(z.object(personFields)).returns<Person>(),
  'people:update': method(z.object({ id: idSchema, ...personFields })).returns<Person>(),
  'people:delete': method(z.object({ id: idSchema })).returns<void>(),
};
