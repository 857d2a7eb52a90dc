import { z } from 'zod';

let configured = false;

/** Validation messages in Danish for every schema; called once by whoever validates input. */
export function useDanishValidationMessages(): void {
  if (configured) return;
  z.config(z.locales.da());
  configured = true;
}
