import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeDetail, SectionTemplateEntry } from '../../../shared/domain/entities';
import { useAction } from '../../hooks/use-action';
import { useCommitteeStore } from '../../stores/committee-store';
import { ErrorAlert } from '../common/Alert';
import { TextField } from '../common/Fields';
import { Form } from '../common/Form';
import { AddButton } from '../common/FormButtons';
import { TableHead } from '../common/TableHead';
import { ListSaveForm } from './ListSaveForm';
import { PerCommitteeSettings } from './PerCommitteeSettings';
import { keyFromHeading } from './reorder';
import { RowButtons } from './RowButtons';

/** Afsnitsskabelon: the sections every new item of the committee gets, in printing order. */
export function SectionTemplateSettings() {
  const { t } = useTranslation();
  return <PerCommitteeSettings title={t('sections.title')} intro={t('sections.intro')} editor={TemplateEditor} />;
}

function TemplateEditor({ committee }: { committee: CommitteeDetail }) {
  const { t } = useTranslation();
  const setSectionTemplate = useCommitteeStore((s) => s.setSectionTemplate);
  const [rows, setRows] = useState<SectionTemplateEntry[]>(committee.sections);
  const [heading, setHeading] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [addError, setAddError] = useState<string | null>(null);
  const save = useAction({ fields: ['sections.*.heading', 'sections.*.key'] });
  const headingRef = useRef<HTMLInputElement>(null);
  const dirty = JSON.stringify(rows) !== JSON.stringify(committee.sections);

  useEffect(() => {
    if (dirty) setSaved(null);
  }, [dirty]);

  const update = (index: number, patch: Partial<SectionTemplateEntry>) => setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  const clearNew = () => {
    setHeading('');
    setAddError(null);
  };

  // The key is the program's own name for the section: made from the heading, never shown.
  const addRow = () => {
    const trimmed = heading.trim();
    if (!trimmed) return setAddError(t('sections.headingRequired'));
    if (rows.some((r) => r.heading.trim().toLocaleLowerCase('da') === trimmed.toLocaleLowerCase('da'))) return setAddError(t('sections.headingTaken', { heading: trimmed }));
    const entry = { key: uniqueKey(keyFromHeading(trimmed), rows.map((r) => r.key)), heading: trimmed };
    setRows([...rows, entry]);
    clearNew();
    headingRef.current?.focus();
  };

  return (
    <>
      <ListSaveForm
        title={t('sections.listTitle', { committee: committee.name })}
        dirty={dirty}
        saveLabel={t('sections.save')}
        save={save}
        status={saved}
        onSave={() => void save.run(() => setSectionTemplate(committee.id, rows)).then((result) => result && setSaved(t('sections.saved')))}
        onRevert={() => {
          setRows(committee.sections);
          save.clear();
        }}
      >
        <table className="edit-table">
          <TableHead
            columns={[
              { label: t('common.order'), className: 'col-number', labelHidden: true },
              { label: t('sections.heading') },
            ]}
          />
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
                  <td className="col-actions">
                    <RowButtons id={`section-${row.key}`} label={row.heading || t('sections.headingOf', { number: index + 1 })} rows={rows} index={index} onChange={setRows} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ListSaveForm>

      <Form label={t('sections.addTitle')} onSubmit={addRow} onEscape={clearNew}>
        <h2 className="form-title">{t('sections.addTitle')}</h2>
        <div className="form-row">
          <TextField id="new-section-heading" label={t('sections.heading')} value={heading} onChange={setHeading} inputRef={headingRef} className="field-grow" />
          <div className="form-row-actions">
            <AddButton>{t('sections.add')}</AddButton>
          </div>
        </div>
        <ErrorAlert message={addError} />
        <p className="field-hint">{t('sections.addHint')}</p>
      </Form>
    </>
  );
}

/** The key, or the key with _2, _3 … when another section has it already ('Oekonomi' beside 'Økonomi'). */
function uniqueKey(base: string, taken: readonly string[]): string {
  const key = base || 'afsnit';
  if (!taken.includes(key)) return key;
  let n = 2;
  while (taken.includes(`${key}_${n}`)) n++;
  return `${key}_${n}`;
}
