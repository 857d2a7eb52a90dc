import type { TranslationShape } from '../da';
import { enAgenda } from './agenda';
import { enApp } from './app';
import { enApproval } from './approval';
import { enBilag } from './bilag';
import { enConduct } from './conduct';
import { enEditor } from './editor';
import { enExport } from './export';
import { enHistory } from './history';
import { enLifecycle } from './lifecycle';
import { enMeeting } from './meeting';
import { enNotices } from './notices';
import { enOrganisation } from './organisation';
import { enSettings } from './settings';
import { enTemplates } from './templates';

/**
 * English, for colleagues who do not read Danish. Must have every key Danish has (the type checks it):
 * each area file is typed against its Danish namesake, and the whole against all of Danish.
 */
export const en: TranslationShape = {
  ...enApp,
  ...enMeeting,
  ...enAgenda,
  ...enBilag,
  ...enSettings,
  ...enOrganisation,
  ...enTemplates,
  ...enEditor,
  ...enNotices,
  ...enHistory,
  ...enExport,
  ...enLifecycle,
  ...enConduct,
  ...enApproval,
};
