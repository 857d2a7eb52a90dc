import type { z } from 'zod';
import { organisationMethods } from './methods/organisation';
import { committeeMethods } from './methods/committees';
import { meetingMethods } from './methods/meetings';
import { meetingLifecycleMethods } from './methods/meeting-lifecycle';
import { itemMethods } from './methods/items';
import { meetingRecordMethods } from './methods/meeting-record';
import { systemMethods } from './methods/system';
import { releaseCheckMethods } from './methods/release-checks';
import { releaseMethods } from './methods/releases';
import { certificateMethods } from './methods/certificates';
import { exportMethods } from './methods/exports';
import { protocolApprovalMethods } from './methods/protocol-approval';
import { searchMethods } from './methods/search';
import type { MethodSpec } from './define-method';

/** Every method of the API: name → argument schema and result type. The one contract all transports share. */
export const contract = {
  ...organisationMethods,
  ...committeeMethods,
  ...meetingMethods,
  ...meetingLifecycleMethods,
  ...itemMethods,
  ...meetingRecordMethods,
  ...systemMethods,
  ...releaseCheckMethods,
  ...releaseMethods,
  ...certificateMethods,
  ...exportMethods,
  ...protocolApprovalMethods,
  ...searchMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (before defaults and trimming). */
export type ApiArgs<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (validated and normalised). */
export type ApiInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type ApiResult<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
