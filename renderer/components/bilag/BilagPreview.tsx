import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { AttachmentInfo } from '../../../shared/domain/entities';
import { ErrorAlert } from '../common/Alert';
import { attachmentBytes } from './bilag-content';

const PAGE_WIDTH = 720;

/** All pages of a bilag in a modal dialog; each page renders when it scrolls into view. Escape closes. */
export function BilagPreview({ attachment, onClose }: { attachment: AttachmentInfo; onClose(): void }) {
  const { t } = useTranslation();
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => opener?.focus?.();
  }, []);

  useEffect(() => {
    let alive = true;
    let opened: PDFDocumentProxy | null = null;
    (async () => {
      const { openPdf } = await import('./pdf-render');
      opened = await openPdf(await attachmentBytes(attachment.id));
      if (alive) setDoc(opened);
      else void opened.destroy();
    })().catch((e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      alive = false;
      if (opened) void opened.destroy();
    };
  }, [attachment.id]);

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="dialog bilag-preview"
        role="dialog"
        aria-modal="true"
        aria-labelledby="bilag-preview-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <header className="dialog-header">
          <h2 id="bilag-preview-title">{t('bilag.previewTitle', { number: attachment.number, title: attachment.title })}</h2>
          <span className="muted">{t('bilag.pageCount', { count: attachment.pageCount })}</span>
          <button ref={closeRef} type="button" className="button button-small" onClick={onClose}>
            {t('bilag.close')}
          </button>
        </header>
        <div className="dialog-body bilag-pages" tabIndex={0}>
          <ErrorAlert message={error} />
          {doc ? Array.from({ length: doc.numPages }, (_, i) => <LazyPage key={i} doc={doc} pageNumber={i + 1} />) : null}
        </div>
      </div>
    </div>
  );
}

function LazyPage({ doc, pageNumber }: { doc: PDFDocumentProxy; pageNumber: number }) {
  const { t } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const element = holder.current;
    if (!element || typeof IntersectionObserver === 'undefined') {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setVisible(true), { rootMargin: '400px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!visible || !canvas.current) return;
    void import('./pdf-render').then(({ renderPage }) => canvas.current && renderPage(doc, pageNumber, canvas.current, PAGE_WIDTH)).catch(() => undefined);
  }, [visible, doc, pageNumber]);

  return (
    <figure ref={holder} className="bilag-page" style={{ minHeight: visible ? undefined : Math.round(PAGE_WIDTH * 1.414) }}>
      <canvas ref={canvas} role="img" aria-label={t('bilag.page', { number: pageNumber })} />
      <figcaption>{t('bilag.page', { number: pageNumber })}</figcaption>
    </figure>
  );
}
