import type { Migration } from './migration';
import { initialSchema } from './001-initial-schema';
import { signingCertificates } from './002-signing-certificates';
import { meetingLifecycle } from './003-meeting-lifecycle';
import { meetingConduct } from './004-meeting-conduct';
import { protocolApproval } from './005-protocol-approval';
import { releaseWordFiles } from './006-release-word-files';
import { searchIndex } from './007-search-index';

/** Every schema version in order; a new version is a new file appended here, never an edit. */
export const migrations: readonly Migration[] = [initialSchema, signingCertificates, meetingLifecycle, meetingConduct, protocolApproval, releaseWordFiles, searchIndex];

export const latestSchemaVersion = migrations[migrations.length - 1]!.version;
