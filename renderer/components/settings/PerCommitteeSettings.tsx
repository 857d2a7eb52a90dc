import type { ComponentType } from 'react';
import type { CommitteeDetail } from '../../../shared/domain/entities';
import { CommitteePicker, useSettingsCommittee } from './CommitteePicker';
import { NoCommittees } from './NoCommittees';
import { SettingsHeader } from './SettingsView';

/**
 * A settings page about one committee at a time, chosen in the picker. The editor is made anew for
 * each committee, so nothing typed for one committee is left standing for the next.
 */
export function PerCommitteeSettings({ title, intro, editor: Editor }: { title: string; intro: string; editor: ComponentType<{ committee: CommitteeDetail }> }) {
  const { committeeId, detail, setCommitteeId } = useSettingsCommittee();
  return (
    <div className="page">
      <SettingsHeader title={title} intro={intro} />
      <NoCommittees />
      <div className="toolbar">
        <CommitteePicker committeeId={committeeId} onChange={setCommitteeId} />
      </div>
      {detail ? <Editor key={detail.id} committee={detail} /> : null}
    </div>
  );
}
