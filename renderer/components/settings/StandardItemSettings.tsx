import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeDetail, StandardItem } from '../../../shared/domain/entities';
import { itemKinds, type ItemKind } from '../../../shared/domain/enums';
import { useAction } from '../../hooks/use-action';
import { useCommitteeStore } from '../../stores/committee-store';
import { SelectField, TextField } from '../common/Fields';
import { Form } from '../common/Form';
import { AddButton } from '../common/FormButtons';
import { TableHead } from '../common/TableHead';
import { ListSaveForm } from './ListSaveForm';
import { PerCommitteeSettings } from './PerCommitteeSettings';
import { RowButtons } from './RowButtons';

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
  return <PerCommitteeSettings title={t('standardItems.title')} intro={t('standardItems.intro')} editor={StandardItemEditor} />;
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
  const save = useAction({ fields: ['items.*.title'] });
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
      <ListSaveForm
        title={t('standardItems.listTitle', { committee: committee.name })}
        dirty={dirty}
        saveLabel={t('standardItems.save')}
        save={save}
        status={saved}
        onSave={() => void save.run(() => setStandardItems(committee.id, withoutIds(rows))).then((result) => result && setSaved(t('standardItems.saved')))}
        onRevert={revert}
      >
        {rows.length === 0 ? <p className="muted">{t('standardItems.none')}</p> : null}
        {rows.length > 0 ? (
          <table className="edit-table">
            <TableHead
              columns={[
                { label: t('common.order'), className: 'col-number', labelHidden: true },
                { label: t('standardItems.kind'), className: 'col-kind' },
                { label: t('standardItems.itemTitle') },
                { label: t('standardItems.placement'), className: 'col-placement' },
              ]}
            />
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
                      <RowButtons id={`standard-${row.rowId}`} label={row.title || t(`itemKind.${row.kind}`)} rows={rows} index={index} onChange={setRows} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
      </ListSaveForm>

      <Form
        label={t('standardItems.addTitle')}
        onSubmit={() => {
          if (!title.trim()) {
            setAddError(t('standardItems.titleRequired'));
            return;
          }
          setRows([...rows, { kind, title: title.trim(), placement, rowId: nextRowId++ }]);
          setTitle('');
          setAddError(null);
          kindRef.current?.focus();
        }}
        onEscape={() => {
          setTitle('');
          setAddError(null);
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
            <AddButton>{t('standardItems.add')}</AddButton>
          </div>
        </div>
      </Form>
    </>
  );
}
