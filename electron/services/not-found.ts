import { UserError } from '../../shared/api/envelope';

/** Returns the value or throws the Danish "not found" error for the named thing. */
export function found<T>(value: T | undefined | null, what: string, id: number): T {
  if (value === undefined || value === null) throw new UserError(`${what} (id ${id}) findes ikke. Den kan være slettet i et andet vindue.`, 'not_found');
  return value;
}
