import { useTranslation } from 'react-i18next';
import type { RecommendationPoint } from '../../../shared/domain/entities';
import { api } from '../../api/api';
import { useDraftList } from '../../hooks/use-draft-list';
import { useItemListAutosave } from '../../hooks/use-item-list-autosave';
import type { ReportSave } from './save-status';
import { NumberedList } from '../common/NumberedList';

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
  const sorted = [...points].sort((a, b) => a.number - b.number);
  const autosave = useItemListAutosave<SavedPoints>(
    itemId,
    'points',
    sorted.map((p) => ({ text: p.text, decisionAuthority: p.decisionAuthority })),
    (id, value) => api().call('points:set', { itemId: id, points: value }),
    onSave,
  );
  const { drafts, update, move, remove, add, fieldRef } = useDraftList<DraftPoint>(
    () => sorted.map((p) => ({ text: p.text, decisionAuthority: p.decisionAuthority ?? '' })),
    (next) =>
      autosave.schedule(
        next
          .filter((p) => p.text.trim() !== '')
          .map((p) => ({ text: p.text.trim(), decisionAuthority: p.decisionAuthority.trim() === '' ? null : p.decisionAuthority.trim() })),
      ),
  );

  return (
    <div className="points-editor" role="group" aria-label={t('editor.pointsLabel')}>
      <p className="points-lead">{t('editor.pointsLead')}</p>
      <NumberedList
        items={drafts}
        labels={(number) => ({ up: t('editor.movePointUp', { number }), down: t('editor.movePointDown', { number }), remove: t('editor.removePoint', { number }) })}
        onMove={move}
        onRemove={remove}
      >
        {(point, number) => (
          <>
            <textarea
              ref={fieldRef(point.key)}
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
          </>
        )}
      </NumberedList>
      <button type="button" className="button button-small button-quiet" onClick={() => add({ text: '', decisionAuthority: '' })}>
        {t('editor.addPoint')}
      </button>
    </div>
  );
}
