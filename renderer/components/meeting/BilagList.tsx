import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../shared/domain/entities';
import { ClosedMarker } from '../common/Badges';

/** The item's bilagsfortegnelse: number, title, pages and how it is handled. */
export function BilagList({ attachments }: { attachments: readonly AttachmentInfo[] }) {
  const { t } = useTranslation();
  if (attachments.length === 0) return <p className="muted">{t('bilag.none')}</p>;
  return (
    <table className="data-table bilag-table">
      <thead>
        <tr>
          <th scope="col" className="col-number">
            {t('bilag.number')}
          </th>
          <th scope="col">{t('bilag.title')}</th>
          <th scope="col" className="col-pages">
            {t('bilag.pages')}
          </th>
          <th scope="col" className="col-markers">
            <span className="visually-hidden">{t('bilag.handling')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {attachments.map((a) => (
          <tr key={a.id}>
            <td className="col-number">{a.number}.</td>
            <td className="bilag-title">{a.title}</td>
            <td className="col-pages">{t('bilag.pageCount', { count: a.pageCount })}</td>
            <td className="col-markers">
              {a.distribution === 'on_file' ? <span className="badge badge-onfile">{t('bilag.onFile')}</span> : null}
              {a.isClosed ? <ClosedMarker compact /> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
