import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeDetail, SectionTemplateEntry } from '../../../shared/domain/entities';
import { useAction } from '../../hooks/use-action';
import { useCommitteeStore } from '../../stores/committee-store';
import { ErrorAlert, StatusMessage } from '../common/Alert';
import { EmptyState } from '../common/EmptyState';
import { TextField } from '../common/Fields';
import { Icon } from '../common/Icon';
import { CommitteePicker, useSettingsCommittee } from './CommitteePicker';
import { keyFromHeading, move } from './reorder';
import { SettingsHeader } from './SettingsView';

/** Afsnitsskabelon: the sections every new item of the committee gets, in printing order. */
export function SectionTemplateSettings() {
  const { t } = useTranslation();
  const { committeeId, detail, setCommitteeId } = useSettingsCommittee();
  return (
    <div className="page">
      <SettingsHeader title={t('sections.title')} intro={t('sections.intro')} />
      <NoCommittees />
      <div className="toolbar">
        <CommitteePicker committeeId={committeeId} onChange={setCommitteeId} />
      </div>
      {detail ? <TemplateEditor key={detail.id} committee={detail} /> : null}
    </div>
  );
}

export function NoCommittees() {
  const { t } = useTranslation();
  const committees = useCommitteeStore((s) => s.committees);
  if (committees.length > 0) return null;
  return <EmptyState icon="info" title={t('empty.noCommittees')} />;
}

function TemplateEditor({ committee }: { committee: CommitteeDetail }) {
  const { t } = useTranslation();
  const setSectionTemplate = useCommitteeStore((s) => s.setSectionTemplate);
  const [rows, setRows] = useState<SectionTemplateEntry[]>(committee.sections);
  const [heading, setHeading] = useState('');
  const [key, setKey] = useState('');
  const [keyTouched, setKeyTouched] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [addError, setAddError] = useState<string | null>(null);
  const save = useAction();
  const headingRef = useRef<HTMLInputElement>(null);
  const dirty = JSON.stringify(rows) !== JSON.stringify(committee.sections);

  useEffect(() => {
    if (dirty) setSaved(null);
  }, [dirty]);

  const update = (index: number, patch: Partial<SectionTemplateEntry>) => setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  const addRow = () => {
    const entry = { key: keyTouched ? key : keyFromHeading(heading), heading: heading.trim() };
    if (!entry.heading) return setAddError(t('sections.headingRequired'));
    if (!entry.key) return setAddError(t('sections.keyRequired'));
    if (rows.some((r) => r.key === entry.key)) return setAddError(t('sections.keyTaken', { key: entry.key }));
    setRows([...rows, entry]);
    setHeading('');
    setKey('');
    setKeyTouched(false);
    setAddError(null);
    headingRef.current?.focus();
  };

  return (
    <>
      <form
        className="form-card"
        aria-label={t('sections.listTitle', { committee: committee.name })}
        onSubmit={(e) => {
          e.preventDefault();
          void save.run(() => setSectionTemplate(committee.id, rows)).then((result) => result && setSaved(t('sections.saved')));
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && e.target instanceof HTMLInputElement) {
            e.preventDefault();
            setRows(committee.sections);
            save.clear();
          }
        }}
      >
        <div className="card-header">
          <h2 className="form-title">{t('sections.listTitle', { committee: committee.name })}</h2>
          {dirty ? <span className="badge badge-dirty">{t('common.unsaved')}</span> : null}
        </div>
        <table className="edit-table">
          <thead>
            <tr>
              <th scope="col" className="col-number">
                <span className="visually-hidden">{t('common.order')}</span>
              </th>
              <th scope="col">{t('sections.heading')}</th>
              <th scope="col" className="col-key">
                {t('sections.key')}
              </th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const error = save.fieldErrors[`sections.${index}.heading`] ?? save.fieldErrors[`sections.${index}.key`];
              return (
                <tr key={row.key}>
                  <td className="col-number">{index + 1}.</td>
                  <td>
                    <div className={`field${error ? ' has-error' : ''}`}>
                      <label htmlFor={`section-heading-${index}`} className="visually-hidden">
                        {t('sections.headingOf', { number: index + 1 })}
                      </label>
                      <input
                        id={`section-heading-${index}`}
                        value={row.heading}
                        onChange={(e) => update(index, { heading: e.target.value })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `section-heading-${index}-error` : undefined}
                        autoComplete="off"
                      />
                      {error ? (
                        <p className="field-error" id={`section-heading-${index}-error`}>
                          {error}
                        </p>
                      ) : null}
                    </div>
                  </td>
                  <td className="col-key">
                    <code className="section-key">{row.key}</code>
                  </td>
                  <td className="col-actions">
                    <RowButtons
                      id={`section-${row.key}`}
                      label={row.heading || row.key}
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
        <ErrorAlert message={save.error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={save.pending || undefined}>
            {t('sections.save')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            hidden={!dirty}
            onClick={() => {
              setRows(committee.sections);
              save.clear();
            }}
          >
            {t('common.revert')}
          </button>
          <StatusMessage message={saved} />
        </div>
      </form>

      <form
        className="form-card"
        aria-label={t('sections.addTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          addRow();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            setHeading('');
            setKey('');
            setKeyTouched(false);
            setAddError(null);
          }
        }}
      >
        <h2 className="form-title">{t('sections.addTitle')}</h2>
        <div className="form-row">
          <TextField id="new-section-heading" label={t('sections.heading')} value={heading} onChange={setHeading} inputRef={headingRef} className="field-grow" />
          <TextField
            id="new-section-key"
            label={t('sections.key')}
            value={keyTouched ? key : keyFromHeading(heading)}
            onChange={(v) => {
              setKey(v);
              setKeyTouched(true);
            }}
            hint={t('sections.keyHint')}
            className="field-grow"
          />
          <div className="form-row-actions">
            <button type="submit" className="button">
              <Icon name="plus" size={14} />
              {t('sections.add')}
            </button>
          </div>
        </div>
        <ErrorAlert message={addError} />
        <p className="field-hint">{t('sections.addHint')}</p>
      </form>
    </>
  );
}

export function RowButtons({ id, label, first, last, onMove, onRemove }: { id: string; label: string; first: boolean; last: boolean; onMove(delta: number): void; onRemove(): void }) {
  const { t } = useTranslation();
  // Reordering moves the row's DOM node, which drops focus: put it back on the same button,
  // or on the other arrow when the row reached the top or bottom.
  const moveAndKeepFocus = (delta: number) => {
    onMove(delta);
    setTimeout(() => {
      const same = document.getElementById(`${id}-${delta < 0 ? 'up' : 'down'}`) as HTMLButtonElement | null;
      const other = document.getElementById(`${id}-${delta < 0 ? 'down' : 'up'}`) as HTMLButtonElement | null;
      (same && !same.disabled ? same : other)?.focus();
    }, 0);
  };
  return (
    <span className="row-buttons">
      <button id={`${id}-up`} type="button" className="icon-button" onClick={() => moveAndKeepFocus(-1)} disabled={first} aria-label={t('common.moveUp', { name: label })} title={t('common.moveUpShort')}>
        <Icon name="up" />
      </button>
      <button id={`${id}-down`} type="button" className="icon-button" onClick={() => moveAndKeepFocus(1)} disabled={last} aria-label={t('common.moveDown', { name: label })} title={t('common.moveDownShort')}>
        <Icon name="down" />
      </button>
      <button type="button" className="icon-button icon-button-danger" onClick={onRemove} aria-label={t('common.removeNamed', { name: label })} title={t('common.remove')}>
        <Icon name="trash" />
      </button>
    </span>
  );
}
