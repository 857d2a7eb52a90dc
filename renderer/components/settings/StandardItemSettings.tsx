import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeDetail, StandardItem } from '../../../shared/domain/entities';
import { itemKinds, type ItemKind } from '../../../shared/domain/enums';
import { useAction } from '../../hooks/use-action';
import { useCommitteeStore } from '../../stores/committee-store';
import { ErrorAlert, StatusMessage } from '../common/Alert';
import { SelectField, TextField } from '../common/Fields';
import { Icon } from '../common/Icon';
import { CommitteePicker, useSettingsCommittee } from './CommitteePicker';
import { move } from './reorder';
import { NoCommittees, RowButtons } from './SectionTemplateSettings';
import { SettingsHeader } from './SettingsView';

type Placement = StandardItem['placement'];
interface Row extends StandardItem {
  rowId: number;
}

let nextRowId = 1;
const withIds = (items: readonly StandardItem[]): Row[] => items.map((item) => ({ ...item, rowId: nextRowId++ }));
const withoutIds = (rows: readonly Row[]): StandardItem[] => rows.map(({ kind, title, placement }) => ({ kind, title, placement }));

/** Standardpunkter: the items every new meeting of the committee starts with (or ends with). */
export function StandardItemSettings() {
  const { t } = useTranslation();
  const { committeeId, detail, setCommitteeId } = useSettingsCommittee();
  return (
    <div className="page">
      <SettingsHeader title={t('standardItems.title')} intro={t('standardItems.intro')} />
      <NoCommittees />
      <div className="toolbar">
        <CommitteePicker committeeId={committeeId} onChange={setCommitteeId} />
      </div>
      {detail ? <StandardItemEditor key={detail.id} committee={detail} /> : null}
    </div>
  );
}

function StandardItemEditor({ committee }: { committee: CommitteeDetail }) {
  const { t } = useTranslation();
  const setStandardItems = useCommitteeStore((s) => s.setStandardItems);
  const [rows, setRows] = useState<Row[]>(() => withIds(committee.standardItems));
  const [kind, setKind] = useState<ItemKind>('ordinary');
  const [title, setTitle] = useState('');
  const [placement, setPlacement] = useState<Placement>('start');
  const [addError, setAddError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useAction();
  const kindRef = useRef<HTMLSelectElement>(null);
  const dirty = JSON.stringify(withoutIds(rows)) !== JSON.stringify(committee.standardItems);

  const kindOptions = itemKinds.map((k) => ({ value: k, label: t(`itemKind.${k}`) }));
  const placementOptions: { value: Placement; label: string }[] = [
    { value: 'start', label: t('standardItems.start') },
    { value: 'end', label: t('standardItems.end') },
  ];
  const update = (index: number, patch: Partial<StandardItem>) => {
    setSaved(null);
    setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  };
  const revert = () => {
    setRows(withIds(committee.standardItems));
    save.clear();
  };

  return (
    <>
      <form
        className="form-card"
        aria-label={t('standardItems.listTitle', { committee: committee.name })}
        onSubmit={(e) => {
          e.preventDefault();
          void save.run(() => setStandardItems(committee.id, withoutIds(rows))).then((result) => result && setSaved(t('standardItems.saved')));
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement)) {
            e.preventDefault();
            revert();
          }
        }}
      >
        <div className="card-header">
          <h2 className="form-title">{t('standardItems.listTitle', { committee: committee.name })}</h2>
          {dirty ? <span className="badge badge-dirty">{t('common.unsaved')}</span> : null}
        </div>
        {rows.length === 0 ? <p className="muted">{t('standardItems.none')}</p> : null}
        {rows.length > 0 ? (
          <table className="edit-table">
            <thead>
              <tr>
                <th scope="col" className="col-number">
                  <span className="visually-hidden">{t('common.order')}</span>
                </th>
                <th scope="col" className="col-kind">
                  {t('standardItems.kind')}
                </th>
                <th scope="col">{t('standardItems.itemTitle')}</th>
                <th scope="col" className="col-placement">
                  {t('standardItems.placement')}
                </th>
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const titleError = save.fieldErrors[`items.${index}.title`];
                const n = index + 1;
                return (
                  <tr key={row.rowId}>
                    <td className="col-number">{n}.</td>
                    <td className="col-kind">
                      <SelectField id={`standard-kind-${row.rowId}`} label={t('standardItems.kindOf', { number: n })} value={row.kind} onChange={(v) => update(index, { kind: v })} options={kindOptions} className="label-hidden" />
                    </td>
                    <td>
                      <TextField id={`standard-title-${row.rowId}`} label={t('standardItems.titleOf', { number: n })} value={row.title} onChange={(v) => update(index, { title: v })} error={titleError} className="label-hidden" />
                    </td>
                    <td className="col-placement">
                      <SelectField
                        id={`standard-placement-${row.rowId}`}
                        label={t('standardItems.placementOf', { number: n })}
                        value={row.placement}
                        onChange={(v) => update(index, { placement: v })}
                        options={placementOptions}
                        className="label-hidden"
                      />
                    </td>
                    <td className="col-actions">
                      <RowButtons
                        id={`standard-${row.rowId}`}
                        label={row.title || t(`itemKind.${row.kind}`)}
                        first={index === 0}
                        last={index === rows.length - 1}
                        onMove={(delta) => setRows(move(rows, index, delta))}
                        onRemove={() => setRows(rows.filter((_, i) => i !== index))}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
        <ErrorAlert message={save.error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={save.pending || undefined}>
            {t('standardItems.save')}
          </button>
          <button type="button" className="button button-quiet" hidden={!dirty} onClick={revert}>
            {t('common.revert')}
          </button>
          <StatusMessage message={saved} />
        </div>
      </form>

      <form
        className="form-card"
        aria-label={t('standardItems.addTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          if (!title.trim()) {
            setAddError(t('standardItems.titleRequired'));
            return;
          }
          setRows([...rows, { kind, title: title.trim(), placement, rowId: nextRowId++ }]);
          setTitle('');
          setAddError(null);
          kindRef.current?.focus();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            setTitle('');
            setAddError(null);
          }
        }}
      >
        <h2 className="form-title">{t('standardItems.addTitle')}</h2>
        <div className="form-row">
          <SelectField
            id="new-standard-kind"
            label={t('standardItems.kind')}
            value={kind}
            selectRef={kindRef}
            onChange={(v) => {
              setKind(v);
              if (!title) setTitle(v === 'ordinary' ? '' : t(`itemKind.${v}`));
            }}
            options={kindOptions}
          />
          <TextField id="new-standard-title" label={t('standardItems.itemTitle')} value={title} onChange={setTitle} className="field-grow" error={addError ?? undefined} />
          <SelectField id="new-standard-placement" label={t('standardItems.placement')} value={placement} onChange={setPlacement} options={placementOptions} />
          <div className="form-row-actions">
            <button type="submit" className="button">
              <Icon name="plus" size={14} />
              {t('standardItems.add')}
            </button>
          </div>
        </div>
      </form>
    </>
  );
}
