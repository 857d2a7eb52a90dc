import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationPoint } from '../../../shared/domain/entities';
import { api } from '../../api/api';
import { useAutosave } from './autosave';
import { patchItem } from './patch-item';
import { recordSave } from './record-save';
import type { ReportSave } from './save-status';
import { RowActions } from '../common/RowActions';

interface DraftPoint {
  /** A stable React key; points have no id until saved. */
  key: number;
  text: string;
  decisionAuthority: string;
}

type SavedPoints = { text: string; decisionAuthority: string | null }[];

/**
 * The recommendation points, "Forvaltningen foreslår, at 1. … 2. …": add, remove, reorder and a
 * decision authority per point. Saved as a whole through 'points:set'; a point without text is
 * left out until it has some.
 */
export function PointsEditor({ itemId, points, onSave }: { itemId: number; points: RecommendationPoint[]; onSave: ReportSave }) {
  const { t } = useTranslation();
  const nextKey = useRef(points.length);
  const [drafts, setDrafts] = useState<DraftPoint[]>(() =>
    [...points].sort((a, b) => a.number - b.number).map((p, i) => ({ key: i, text: p.text, decisionAuthority: p.decisionAuthority ?? '' })),
  );
  const saved = useRef<SavedPoints>(
    [...points].sort((a, b) => a.number - b.number).map((p) => ({ text: p.text, decisionAuthority: p.decisionAuthority })),
  );
  const autosave = useAutosave<SavedPoints>(
    async (value) => {
      patchItem(await api().call('points:set', { itemId, points: value }));
      recordSave(itemId, { key: 'points' }, saved.current, value, (id, v) => api().call('points:set', { itemId: id, points: v }));
      saved.current = value;
    },
    (state) => onSave('points', state),
  );
  const inputs = useRef(new Map<number, HTMLTextAreaElement>());

  const change = (next: DraftPoint[]) => {
    setDrafts(next);
    autosave.schedule(
      next
        .filter((p) => p.text.trim() !== '')
        .map((p) => ({ text: p.text.trim(), decisionAuthority: p.decisionAuthority.trim() === '' ? null : p.decisionAuthority.trim() })),
    );
  };
  const update = (key: number, patch: Partial<DraftPoint>) => change(drafts.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...drafts];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    change(next);
  };
  const add = () => {
    const key = nextKey.current++;
    setDrafts([...drafts, { key, text: '', decisionAuthority: '' }]);
    // The new point's field takes focus once it is rendered.
    requestAnimationFrame(() => inputs.current.get(key)?.focus());
  };

  return (
    <div className="points-editor" role="group" aria-label={t('editor.pointsLabel')}>
      <p className="points-lead">{t('editor.pointsLead')}</p>
      {drafts.length > 0 ? (
        <ol className="points-edit-list">
          {drafts.map((point, index) => {
            const number = index + 1;
            return (
              <li key={point.key} className="point-edit">
                <span className="point-number" aria-hidden="true">
                  {number}.
                </span>
                <div className="point-fields">
                  <textarea
                    ref={(el) => {
                      if (el) inputs.current.set(point.key, el);
                      else inputs.current.delete(point.key);
                    }}
                    className="point-text-input"
                    aria-label={t('editor.pointText', { number })}
                    rows={2}
                    value={point.text}
                    onChange={(e) => update(point.key, { text: e.target.value })}
                    onBlur={() => autosave.flush()}
                  />
                  <label className="point-authority-field">
                    <span>{t('editor.pointAuthorityShort')}</span>
                    <input
                      type="text"
                      aria-label={t('editor.pointAuthority', { number })}
                      placeholder={t('editor.pointAuthorityPlaceholder')}
                      value={point.decisionAuthority}
                      onChange={(e) => update(point.key, { decisionAuthority: e.target.value })}
                      onBlur={() => autosave.flush()}
                    />
                  </label>
                </div>
                <RowActions
                  index={index}
                  count={drafts.length}
                  labels={{ up: t('editor.movePointUp', { number }), down: t('editor.movePointDown', { number }), remove: t('editor.removePoint', { number }) }}
                  onMove={move}
                  onRemove={() => change(drafts.filter((p) => p.key !== point.key))}
                />
              </li>
            );
          })}
        </ol>
      ) : null}
      <button type="button" className="button button-small button-quiet" onClick={add}>
        {t('editor.addPoint')}
      </button>
    </div>
  );
}
