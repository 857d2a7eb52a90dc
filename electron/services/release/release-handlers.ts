import type { HandlerMap } from '../handler-types';
import { signingIdentityFor } from '../certificates/certificate-service';
import { findMeeting } from '../../store/repositories/meeting-repository';
import { found } from '../not-found';
import { releaseAgenda } from './release-agenda';

export const releaseAgendaHandlers: HandlerMap<'meetings:release'> = {
  'meetings:release': async (input, ctx) => {
    const sign = input.sign ? signingIdentityFor(ctx, input.sign.certificateId, input.sign.password) : undefined;
    const result = await releaseAgenda(ctx, { meetingId: input.id, overrides: input.overrides, pdfa: input.pdfa, ...(sign ? { sign } : {}) });
    const { storedStatus: _stored, cancelledAt: _at, firstItemNumber: _first, ...meeting } = found(findMeeting(ctx.db, input.id), 'Mødet', input.id);
    return { ...result, meeting };
  },
};
