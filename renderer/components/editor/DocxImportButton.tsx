import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentDoc } from '../../../shared/content/content-model';
import type { Item } from '../../../shared/domain/entities';
import { api } from '../../api/api';
import { useAction } from '../../hooks/use-action';
import { ErrorAlert, StatusMessage } from '../common/Alert';
import { isEmptyDoc } from '../content/ContentView';
import { importDocx } from './docx-import';
import { patchItem } from './patch-item';
import { FALLBACK_SECTION } from './split-sections';

/**
 * "Importér Word-fil": reads a .docx case text, splits it into the item's sections and saves each.
 * When the item already has text, it asks first (inline, as ConfirmButton does). onImported lets
 * the editors start over from the saved text.
 */
export function DocxImportButton({ item, onImported }: { item: Item; onImported(): void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const action = useAction();
  const [asking, setAsking] = useState<Map<string, ContentDoc> | null>(null);
  const [done, setDone] = useState(false);

  const save = async (sections: Map<string, ContentDoc>) => {
    setAsking(null);
    await action.run(async () => {
      const keys = new Set(item.sections.map((s) => s.key));
      const fallback = keys.has(FALLBACK_SECTION) ? FALLBACK_SECTION : item.sections[0]?.key;
      const merged = new Map<string, ContentDoc>();
      for (const [key, content] of sections) {
        // A section the committee's template lacks goes into Sagsfremstilling rather than being lost.
        const target = keys.has(key) ? key : fallback;
        if (!target) continue;
        const previous = merged.get(target);
        merged.set(target, previous ? { type: 'doc', content: [...previous.content, ...content.content] } : content);
      }
      let saved: Item | null = null;
      for (const [key, content] of merged) saved = await api().call('sections:update', { itemId: item.id, key, content });
      if (saved) patchItem(saved);
      setDone(true);
      onImported();
    });
  };

  const choose = async (file: File) => {
    setDone(false);
    action.clear();
    let sections: Map<string, ContentDoc>;
    try {
      sections = await importDocx(await file.arrayBuffer());
    } catch (error) {
      await action.run(() => Promise.reject(new Error(t('editor.importFailed', { message: error instanceof Error ? error.message : String(error) }))));
      return;
    }
    const hasText = item.sections.some((s) => !isEmptyDoc(s.content));
    if (hasText) setAsking(sections);
    else await save(sections);
  };

  return (
    <div className="docx-import">
      <input
        ref={input}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void choose(file);
        }}
      />
      {asking ? (
        <div className="docx-import-confirm" role="group" aria-label={t('editor.importDocx')}>
          <p>{t('editor.importConfirm')}</p>
          <button type="button" className="button button-primary button-small" autoFocus onClick={() => void save(asking)}>
            {t('editor.importDocx')}
          </button>
          <button type="button" className="button button-quiet button-small" onClick={() => setAsking(null)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button button-quiet button-small" disabled={action.pending} onClick={() => input.current?.click()}>
          {action.pending ? t('editor.importing') : t('editor.importDocx')}
        </button>
      )}
      <ErrorAlert message={action.error} />
      <StatusMessage message={done ? t('editor.importDone') : null} />
    </div>
  );
}
