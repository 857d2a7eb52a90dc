import type { z } from 'zod';
import { contract, isMethodName, type ApiResult, type MethodName } from '../../shared/api/contract';
import { isUserError, UNEXPECTED_ERROR_MESSAGE, type Envelope } from '../../shared/api/envelope';
import { useDanishValidationMessages } from '../../shared/api/zod-danish';
import type { Handler } from './handler-types';
import type { ServiceContext } from './service-context';
import { organisationHandlers } from './organisation-service';
import { committeeHandlers } from './committee-service';
import { meetingHandlers } from './meeting-service';
import { itemHandlers } from './item-service';
import { attachmentHandlers } from './attachment-service';
import { attachmentMoveHandlers } from './attachment-move';
import { recordHandlers } from './record/record-handlers';
import { forwardHandlers } from './record/forward-item';
import { systemHandlers } from './system-service';
import { releaseCheckHandlers } from './release-check-service';
import { releaseHandlers } from './export/release-service';
import { certificateHandlers } from './certificates/certificate-service';
import { exportHandlers } from './export/export-jobs';
import { releaseAgendaHandlers } from './release/release-handlers';
import { approvalHandlers } from './approval/approval-handlers';
import { searchHandlers } from './search/search-handlers';

/** Every handler of the API; the type makes a missing or misspelt method a compile error. */
export const handlers: { [M in MethodName]: Handler<M> } = {
  ...organisationHandlers,
  ...committeeHandlers,
  ...meetingHandlers,
  ...itemHandlers,
  ...attachmentHandlers,
  ...attachmentMoveHandlers,
  ...recordHandlers,
  ...forwardHandlers,
  ...systemHandlers,
  ...releaseCheckHandlers,
  ...releaseHandlers,
  ...certificateHandlers,
  ...exportHandlers,
  ...releaseAgendaHandlers,
  ...approvalHandlers,
  ...searchHandlers,
};

export interface Api {
  /** Validates the arguments, runs the handler and wraps the outcome; never throws. */
  call(method: string, args: unknown): Promise<Envelope<unknown>>;
  /** For trusted in-process callers (CLI, tests): throws the UserError instead of wrapping it. */
  invoke<M extends MethodName>(method: M, args: z.input<(typeof contract)[M]['input']>): Promise<ApiResult<M>>;
}

export function createApi(ctx: ServiceContext, log: (error: unknown) => void = (e) => console.error(e)): Api {
  useDanishValidationMessages();
  const invoke = async <M extends MethodName>(method: M, args: unknown): Promise<ApiResult<M>> => {
    const parsed = contract[method].input.safeParse(args ?? {});
    if (!parsed.success) throw new ValidationError(method, parsed.error);
    const handler = handlers[method] as Handler<M>;
    return handler(parsed.data as never, ctx);
  };
  return {
    invoke: (method, args) => invoke(method, args),
    async call(method, args) {
      if (!isMethodName(method)) return { ok: false, error: { code: 'unknown_method', message: `Ukendt funktion: ${method}` } };
      try {
        return { ok: true, value: await invoke(method, args) };
      } catch (error) {
        if (error instanceof ValidationError) return { ok: false, error: error.toApiError() };
        if (isUserError(error)) return { ok: false, error: { code: error.code, message: error.message } };
        log(error);
        return { ok: false, error: { code: 'unexpected', message: UNEXPECTED_ERROR_MESSAGE } };
      }
    },
  };
}

export class ValidationError extends Error {
  constructor(
    public method: string,
    public zodError: z.ZodError,
  ) {
    super(describeIssues(zodError));
    this.name = 'ValidationError';
  }

  toApiError() {
    return {
      code: 'invalid_input',
      message: this.message,
      issues: this.zodError.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message })),
    };
  }
}

function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  return `Ugyldige oplysninger – ${parts.join('; ')}`;
}
