import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../shared/domain/entities';
import { attachmentBytes } from './bilag-content';

/** Page 1 at 120 px, rendered in the browser with pdf.js and cached by SHA-256. */
export function BilagThumbnail({ attachment }: { attachment: AttachmentInfo }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let alive = true;
    setFailed(false);
    import('./pdf-render')
      .then(({ thumbnailFor }) => thumbnailFor(attachment.sha256, () => attachmentBytes(attachment.id)))
      .then(
        (dataUrl) => alive && setUrl(dataUrl),
        () => alive && setFailed(true),
      );
    return () => {
      alive = false;
    };
  }, [attachment.id, attachment.sha256]);

  if (url) return <img className="bilag-thumb" src={url} width={120} alt={t('bilag.thumbnail', { number: attachment.number })} />;
  return <span className={`bilag-thumb is-placeholder${failed ? ' is-failed' : ''}`}>{failed ? t('bilag.thumbnailFailed') : null}</span>;
}
