import type { TFunction } from 'i18next';
import type { ExportJobResult } from '../../../shared/api/methods/exports';

/** "101 sider · 2,3 MB · version 2", "Word-dokument · 163 kB", "Word-dokument og 12 bilag i zip-fil · 4,1 MB". */
export function factsText(t: TFunction, result: ExportJobResult, size: string): string {
  if (result.format === 'docx-zip') return t('export.factsWordZip', { count: result.bilagCount ?? 0, size });
  if (result.format === 'docx') return result.version === null ? t('export.factsWord', { size }) : t('export.factsWordVersion', { size, version: result.version });
  return result.version === null
    ? t('export.factsNoVersion', { pages: result.pageCount, size })
    : t('export.facts', { pages: result.pageCount, size, version: result.version });
}
