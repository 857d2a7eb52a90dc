import { useTranslation } from 'react-i18next';

export interface Column {
  label: string;
  className?: string;
  /** Named for screen readers only (the order number column). */
  labelHidden?: boolean;
}

/** A list table's header row, ending with the column of each row's buttons. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {columns.map((column, index) => (
          <th key={index} scope="col" className={column.className}>
            {column.labelHidden ? <span className="visually-hidden">{column.label}</span> : column.label}
          </th>
        ))}
        <th scope="col" className="col-actions">
          <span className="visually-hidden">{t('common.actions')}</span>
        </th>
      </tr>
    </thead>
  );
}
