import type { ReactNode } from 'react';
import { ErrorAlert } from './Alert';
import { TableHead, type Column } from './TableHead';

interface DataTableProps<T> {
  /** Read by screen readers only: the page's heading already says it on screen. */
  caption: string;
  columns: readonly Column[];
  rows: readonly T[];
  /** The line shown instead of an empty table. */
  empty: string;
  /** The last failure of a row's action (a delete), shown above the list. */
  error: string | null;
  children(row: T): ReactNode;
}

/** A register's list (parties, people, members, certificates): one row per record, its buttons last. */
export function DataTable<T>({ caption, columns, rows, empty, error, children: renderRow }: DataTableProps<T>) {
  return (
    <>
      <ErrorAlert message={error} />
      {rows.length === 0 ? (
        <p className="muted table-empty">{empty}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <TableHead columns={columns} />
          <tbody>{rows.map((row) => renderRow(row))}</tbody>
        </table>
      )}
    </>
  );
}
