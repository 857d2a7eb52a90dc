import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo, Item } from '../../../shared/domain/entities';
import { useAction } from '../../hooks/use-action';
import { useMeetingStore } from '../../stores/meeting-store';
import { useUiStore } from '../../stores/ui-store';
import { ErrorAlert } from '../common/Alert';
import { Icon } from '../common/Icon';
import { ConfirmButton } from '../common/ConfirmButton';
import { BilagPreview } from '../bilag/BilagPreview';
import { BilagThumbnail } from '../bilag/BilagThumbnail';
import { BilagTitle } from '../bilag/BilagTitle';
import { BilagUploader } from '../bilag/BilagUploader';
import { AGENDA_LOCK_NOTE_ID } from './lifecycle/use-lifecycle';

/**
 * The item's bilagsfortegnelse, editable: add by drop or file choice, title in place, order,
 * udsendes / ligger i sagen, closed, preview, delete. The item is the one opened in the agenda
 * (ItemDetail passes only the list), unless itemId is given. While the meeting's status forbids
 * agenda changes (`editable` false) the list is read-only: preview stays, the rest is disabled and
 * the one note under the meeting header says why. `moveTargets`: the meeting's other items, to move a
 * bilag attached to the wrong one.
 */
export function BilagList({ attachments, itemId: givenItemId, editable = true, moveTargets = [] }: {
  attachments: readonly AttachmentInfo[]; itemId?: number; editable?: boolean; moveTargets?: readonly Item[];
}) {
  const { t } = useTranslation();
  const openedItemId = useUiStore((s) => s.itemId);
  const itemId = givenItemId ?? attachments[0]?.itemId ?? openedItemId;
  const action = useAction();
  const updateAttachment = useMeetingStore((s) => s.updateAttachment);
  const moveAttachment = useMeetingStore((s) => s.moveAttachment);
  const deleteAttachment = useMeetingStore((s) => s.deleteAttachment);
  const moveAttachmentToItem = useMeetingStore((s) => s.moveAttachmentToItem);
  const others = moveTargets.filter((i) => i.id !== itemId);
  const [previewId, setPreviewId] = useState<number | null>(null);
  const preview = attachments.find((a) => a.id === previewId) ?? null;

  return (
    <div className="bilag-list">
      {attachments.length === 0 ? (
        <p className="muted">{t('bilag.none')}</p>
      ) : (
        <ol className="bilag-rows" aria-label={t('bilag.listLabel')}>
          {attachments.map((a, index) => (
            <li key={a.id} className={`bilag-row${a.isClosed ? ' is-closed' : ''}`}>
              <button type="button" className="bilag-thumb-button" onClick={() => setPreviewId(a.id)} aria-label={t('bilag.previewNamed', { number: a.number })}>
                <BilagThumbnail attachment={a} />
              </button>
              <div className="bilag-main">
                <div className="bilag-headline">
                  <span className="bilag-number">{t('bilag.number')} {a.number}</span>
                  {editable ? (
                    <BilagTitle number={a.number} title={a.title} onSave={(title) => action.run(() => updateAttachment({ id: a.id, title }))} />
                  ) : (
                    <span className="bilag-title-text">{a.title}</span>
                  )}
                </div>
                <div className="bilag-meta">
                  <span className="bilag-pagecount">{t('bilag.pageCount', { count: a.pageCount })}</span>
                  <span className="bilag-file" title={a.fileName}>
                    {a.fileName}
                  </span>
                  {a.isClosed ? (
                    <span className="badge badge-closed is-compact">
                      <Icon name="lock" size={12} />
                      {t('bilag.closedShort')}
                    </span>
                  ) : null}
                  {a.distribution === 'on_file' ? <span className="badge badge-onfile">{t('bilag.onFile')}</span> : null}
                </div>
                <div className="bilag-controls" aria-describedby={editable ? undefined : AGENDA_LOCK_NOTE_ID}>
                  <label className="bilag-check">
                    <input
                      type="checkbox"
                      checked={a.distribution === 'distributed'}
                      disabled={!editable}
                      aria-label={t('bilag.distributionLabel', { number: a.number })}
                      onChange={(e) => void action.run(() => updateAttachment({ id: a.id, distribution: e.target.checked ? 'distributed' : 'on_file' }))}
                    />
                    {t('bilag.distributed')}
                  </label>
                  <label className="bilag-check">
                    <input
                      type="checkbox"
                      checked={a.isClosed}
                      disabled={!editable}
                      aria-label={t('bilag.closedLabel', { number: a.number })}
                      onChange={(e) => void action.run(() => updateAttachment({ id: a.id, isClosed: e.target.checked }))}
                    />
                    {t('bilag.closedShort')}
                  </label>
                  <span className="bilag-controls-spacer" />
                  <button type="button" className="button button-quiet button-small" aria-label={t('bilag.moveUp', { number: a.number })} disabled={!editable || index === 0} onClick={() => void action.run(() => moveAttachment(a.id, index - 1))}>
                    <Icon name="up" size={14} />
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    aria-label={t('bilag.moveDown', { number: a.number })}
                    disabled={!editable || index === attachments.length - 1}
                    onClick={() => void action.run(() => moveAttachment(a.id, index + 1))}
                  >
                    <Icon name="down" size={14} />
                  </button>
                  <button type="button" className="button button-quiet button-small" onClick={() => setPreviewId(a.id)}>
                    {t('bilag.preview')}
                  </button>
                  {editable && others.length > 0 ? (
                    <select
                      className="bilag-move-select"
                      aria-label={t('agenda.moveBilagToNamed', { number: a.number })}
                      value=""
                      onChange={(e) => e.target.value && void action.run(() => moveAttachmentToItem(a.id, Number(e.target.value)))}
                    >
                      <option value="">{t('agenda.moveBilagTo')} …</option>
                      {others.map((item) => <option key={item.id} value={item.id}>{`${item.number}. ${item.title}`}</option>)}
                    </select>
                  ) : null}
                  <ConfirmButton
                    label={t('common.delete')}
                    accessibleLabel={t('bilag.deleteNamed', { number: a.number })}
                    confirmLabel={t('bilag.deleteConfirm')}
                    disabled={!editable}
                    onConfirm={() => void action.run(() => deleteAttachment(a.id))}
                  />
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      <ErrorAlert message={action.error} />
      {!editable ? null : itemId !== null ? <BilagUploader key={itemId} itemId={itemId} /> : <p className="muted">{t('bilag.noItem')}</p>}
      {preview ? <BilagPreview attachment={preview} onClose={() => setPreviewId(null)} /> : null}
    </div>
  );
}
