import 'i18next';
import type { da } from './da';

/** Makes t('…') keys type-checked against the Danish resources. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof da };
  }
}
