import { useTranslation } from 'react-i18next';
import type { Committee } from '../../../../shared/domain/entities';
import { useAction } from '../../../hooks/use-action';
import { useFormat } from '../../../format/use-format';
import { ErrorAlert, StatusMessage } from '../../common/Alert';

/** Where a forwarded case went: the committee, the meeting's date when known, the item's number there. */
export interface Forwarded {
  committeeName: string;
  date: string | null;
  number: number;
}

/**
 * "Anbefales over for …" / "Oversendt til …": one action puts the case on that committee's next
 * meeting (items:forward, after the decision is saved), and says where it went.
 */
export function ForwardCase({ committee, forwarded, onForward }: { committee: Committee; forwarded: Forwarded | null; onForward(): Promise<void> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const action = useAction();
  const done = forwarded && forwarded.committeeName === committee.name ? forwarded : null;
  return (
    <div className="forward-case">
      {done ? (
        <StatusMessage
          message={done.date
            ? t('conduct.decisions.forwarded', { committee: done.committeeName, date: format.date(done.date), number: done.number })
            : t('conduct.decisions.forwardedNoDate', { committee: done.committeeName, number: done.number })}
        />
      ) : (
        <>
          <button type="button" className="button button-small" aria-disabled={action.pending || undefined} onClick={() => void action.run(onForward)}>
            {action.pending ? t('conduct.decisions.forwarding') : t('conduct.decisions.forward', { committee: committee.name })}
          </button>
          <ErrorAlert message={action.error} />
        </>
      )}
    </div>
  );
}
