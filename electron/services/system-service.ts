import type { HandlerMap } from './handler-types';
import { runIntegrityCheck } from './integrity-check';
import { schemaVersion } from '../store/migrate';
import { listReleases } from '../store/repositories/release-repository';
import { listAudit } from '../store/repositories/audit-repository';
import { APP_VERSION } from '../../shared/app-version';

type Methods = 'system:integrityCheck' | 'system:info' | 'releases:list' | 'audit:list';

export const systemHandlers: HandlerMap<Methods> = {
  'system:integrityCheck': (_, { db }) => runIntegrityCheck(db),
  'system:info': (_, { db }) => ({ schemaVersion: schemaVersion(db), appVersion: APP_VERSION }),
  'releases:list': (input, { db }) => listReleases(db, input.meetingId),
  'audit:list': (input, { db }) => listAudit(db, input),
};
