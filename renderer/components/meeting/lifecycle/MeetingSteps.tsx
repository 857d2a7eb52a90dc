import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/domain/entities';
import { useFormat } from '../../../format/use-format';
import { useAction } from '../../../hooks/use-action';
import { useMeetingStore } from '../../../stores/meeting-store';
import { useUiStore } from '../../../stores/ui-store';
import { useMeetingModeStore } from '../conduct/use-meeting-mode';
import { ErrorAlert } from '../../common/Alert';
import { Icon } from '../../common/Icon';
import { MenuButton, type MenuEntry } from '../../common/MenuButton';
import { CancelMeetingDialog } from './CancelMeetingDialog';
import { ConfirmStepDialog } from './ConfirmStepDialog';
import { EditMeetingDialog } from './EditMeetingDialog';
import { meetingSteps, type HeaderStep, type StepState } from './meeting-steps';
import { ReleaseDialog } from './ReleaseDialog';
import { useStepAnnouncement } from './step-announcer';
import { danishToday, lockNoteId, useLifecycleText } from './use-lifecycle';
import '../../../styles/lifecycle.css';

type OpenDialog = 'edit' | 'release' | 'cancel' | 'delete' | null;

/** The less common steps, in the "Flere handlinger" menu. */
const MENU_STEPS: readonly HeaderStep[] = ['markHeld', 'reopen', 'approve', 'cancel', 'reinstate', 'delete'];

/**
 * The meeting's steps in its header: "Udsend dagsorden …" and "Rediger mødet" as buttons, the rest
 * in a menu. What the lifecycle refuses now is disabled with its reason (tooltip and description);
 * what does not apply is left out (meeting-steps.ts). Each step applies what the API returns.
 */
export function MeetingSteps({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonText = useLifecycleText();
  const announce = useStepAnnouncement((s) => s.announce);
  const setStatus = useMeetingStore((s) => s.setStatus);
  const setMode = useMeetingModeStore((s) => s.setMode);
  const reinstate = useMeetingStore((s) => s.reinstate);
  const deleteMeeting = useMeetingStore((s) => s.deleteMeeting);
  const selectCommittee = useUiStore((s) => s.selectCommittee);
  const action = useAction();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const steps = new Map(meetingSteps(meeting, danishToday()).map((s) => [s.step, s]));
  const reason = (state: StepState | undefined) => (state?.refusal ? reasonText(state.refusal, meeting.date) : null);
  const date = format.date(meeting.date);
  const close = () => setDialog(null);

  function direct(step: 'markHeld' | 'reopen' | 'reinstate') {
    void action.run(async () => {
      if (step === 'reinstate') await reinstate(meeting.id);
      else await setStatus(meeting.id, step === 'markHeld' ? 'held' : 'agenda_released');
      announce(t(`lifecycle.done.${step}`));
    });
  }

  const labels: Record<HeaderStep, string> = {
    release: meeting.agendaVersion === null ? t('lifecycle.release') : t('lifecycle.releaseNext', { version: meeting.agendaVersion + 1 }),
    edit: t('lifecycle.edit'),
    markHeld: t('lifecycle.markHeld'),
    reopen: t('lifecycle.reopen'),
    approve: t('lifecycle.approve'),
    cancel: t('lifecycle.cancel'),
    reinstate: t('lifecycle.reinstate'),
    delete: t('lifecycle.delete'),
  };
  const run: Record<HeaderStep, () => void> = {
    release: () => setDialog('release'),
    edit: () => setDialog('edit'),
    markHeld: () => direct('markHeld'),
    reopen: () => direct('reopen'),
    // The approval has its own pane: the protocol check, the members' approvals, signing.
    approve: () => {
      setMode(meeting.id, 'approval');
      window.setTimeout(() => document.getElementById('approval-heading')?.focus(), 0);
    },
    cancel: () => setDialog('cancel'),
    reinstate: () => direct('reinstate'),
    delete: () => setDialog('delete'),
  };
  const menu: MenuEntry[] = MENU_STEPS.flatMap((step) => {
    const state = steps.get(step);
    if (!state?.shown) return [];
    return [{ id: step, label: labels[step], onSelect: run[step], disabledReason: reason(state), danger: step === 'delete' || step === 'cancel' }];
  });

  const release = steps.get('release');
  const edit = steps.get('edit');
  const editReason = reason(edit);
  const editNote = lockNoteId(meeting, 'meeting');

  return (
    <div className="meeting-steps" role="group" aria-label={t('lifecycle.stepsLabel')}>
      {release?.shown ? (
        <button
          type="button"
          className="button button-small button-primary"
          aria-haspopup="dialog"
          aria-disabled={release.refusal ? true : undefined}
          title={reason(release) ?? undefined}
          onClick={() => !release.refusal && run.release()}
        >
          <Icon name="check" size={14} />
          {labels.release}
        </button>
      ) : null}
      <button
        type="button"
        className="button button-small"
        aria-haspopup="dialog"
        aria-disabled={editReason ? true : undefined}
        aria-describedby={editReason ? editNote : undefined}
        title={editReason ?? undefined}
        onClick={() => !editReason && run.edit()}
      >
        <Icon name="edit" size={14} />
        {labels.edit}
      </button>
      {menu.length > 0 ? <MenuButton label={t('lifecycle.more')} items={menu} /> : null}
      {action.error ? (
        <div className="meeting-steps-error">
          <ErrorAlert message={action.error} onDismiss={action.clear} dismissLabel={t('dialog.close')} />
        </div>
      ) : null}

      {dialog === 'edit' ? (
        <EditMeetingDialog
          meeting={meeting}
          onClose={close}
          onSaved={() => {
            close();
            announce(t('lifecycle.done.edit'));
          }}
        />
      ) : null}
      {dialog === 'release' ? <ReleaseDialog meeting={meeting} onClose={close} onReleased={(o) => announce(t('lifecycle.done.release', { version: o.version }))} /> : null}
      {dialog === 'cancel' ? (
        <CancelMeetingDialog
          meeting={meeting}
          onClose={close}
          onCancelled={() => {
            close();
            announce(t('lifecycle.done.cancel'));
          }}
        />
      ) : null}
      {dialog === 'delete' ? (
        <ConfirmStepDialog
          title={t('lifecycle.deleteDialog.title')}
          question={t('lifecycle.deleteDialog.question', { committee: meeting.committeeName, date, count: meeting.items.length })}
          consequence={t('lifecycle.deleteDialog.consequence')}
          confirmLabel={t('lifecycle.deleteDialog.submit')}
          danger
          onClose={close}
          onConfirm={async () => {
            const { committeeId, committeeName } = meeting;
            await deleteMeeting(meeting.id);
            selectCommittee(committeeId);
            announce(t('lifecycle.done.delete', { committee: committeeName, date }));
            // The meeting view is gone with its buttons: the main area takes the focus.
            window.setTimeout(() => document.getElementById('main')?.focus(), 0);
          }}
        />
      ) : null}
    </div>
  );
}
