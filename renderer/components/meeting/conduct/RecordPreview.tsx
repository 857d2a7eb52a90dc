import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentItem } from '../../../../shared/document';
import { DecisionsView, ItemDocumentView } from '../ItemDocumentView';

/**
 * What the minutes will print for the item, from the shared document model of the item with the
 * screen's unsaved record, so it follows every keystroke; the renderer's own item view draws it.
 * For a closed item, also what the public minutes print of it.
 */
/** Hidden or shown stays so from item to item. */
let previewShown = true;

export function RecordPreview({ doc, publicDoc }: { doc: DocumentItem | null; publicDoc: DocumentItem | null }) {
  const { t } = useTranslation();
  const [whole, setWhole] = useState(false);
  const [shown, setShown] = useState(previewShown);
  const id = useId();
  return (
    <aside className="record-preview" aria-labelledby={`${id}-heading`}>
      <div className="record-preview-head">
        <h3 className="record-preview-title" id={`${id}-heading`}>{t('conduct.preview.heading')}</h3>
        <div className="record-preview-tools">
          {shown ? (
            <label className="record-preview-toggle">
              <input type="checkbox" checked={whole} onChange={(e) => setWhole(e.target.checked)} />
              {t('conduct.preview.wholeItem')}
            </label>
          ) : null}
          <button
            type="button"
            className="link-button"
            aria-expanded={shown}
            aria-controls={`${id}-body`}
            onClick={() => {
              previewShown = !shown;
              setShown(!shown);
            }}
          >
            {shown ? t('conduct.preview.hide') : t('conduct.preview.show')}
          </button>
        </div>
      </div>
      <div className="record-preview-body content" id={`${id}-body`} hidden={!shown} data-testid="record-preview">
        {!doc ? <p className="muted">{t('conduct.preview.loading')}</p> : whole ? <ItemDocumentView doc={doc} /> : doc.decision || doc.priorDecisions.length > 0 ? <DecisionsView doc={doc} /> : <p className="muted">{t('conduct.preview.empty')}</p>}
      </div>
      {publicDoc && shown ? (
        <div className="record-preview-public">
          <h3 className="record-preview-title">{t('conduct.preview.public')}</h3>
          <div className="record-preview-body content" data-testid="record-preview-public">
            <p className="record-preview-public-title">{`${publicDoc.number}. ${publicDoc.title}`}</p>
            {publicDoc.decision ? <DecisionsView doc={publicDoc} /> : publicDoc.withheldNote ? <p className="muted">{publicDoc.withheldNote}</p> : null}
          </div>
        </div>
      ) : null}
    </aside>
  );
}
