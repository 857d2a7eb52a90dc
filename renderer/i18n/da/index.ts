import { daAgenda } from './agenda';
import { daApp } from './app';
import { daApproval } from './approval';
import { daBilag } from './bilag';
import { daConduct } from './conduct';
import { daEditor } from './editor';
import { daExport } from './export';
import { daHistory } from './history';
import { daLifecycle } from './lifecycle';
import { daMeeting } from './meeting';
import { daNotices } from './notices';
import { daOrganisation } from './organisation';
import { daSettings } from './settings';
import { daTemplates } from './templates';

/**
 * Danish, the default language. Domain words follow DESIGN.md's glossary and shared/domain/labels.
 * One file per area, each holding some of the top-level keys; en/ has the same files with the same keys.
 */
export const da = {
  ...daApp,
  ...daMeeting,
  ...daAgenda,
  ...daBilag,
  ...daSettings,
  ...daOrganisation,
  ...daTemplates,
  ...daEditor,
  ...daNotices,
  ...daHistory,
  ...daExport,
  ...daLifecycle,
  ...daConduct,
  ...daApproval,
};

/** The shape every translation must have: the same keys as Danish, all strings. */
export type TranslationShape<T = typeof da> = { [K in keyof T]: T[K] extends string ? string : TranslationShape<T[K]> };
