// @vitest-environment jsdom
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanguageSettings } from '../../renderer/components/settings/LanguageSettings';
import { createI18n, LANGUAGE_STORAGE_KEY, storedLanguage } from '../../renderer/i18n/i18n';
import { da } from '../../renderer/i18n/da';
import { en } from '../../renderer/i18n/en';

const i18nDir = join(dirname(fileURLToPath(import.meta.url)), '../../renderer/i18n');

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('language', () => {
  it('is Danish by default and switches to English, remembering the choice', async () => {
    expect(storedLanguage()).toBe('da');
    const i18n = createI18n();
    render(
      <I18nextProvider i18n={i18n}>
        <LanguageSettings />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sprog');
    expect(document.documentElement.lang).toBe('da');

    fireEvent.click(screen.getByLabelText('English'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Language' })).toBeTruthy();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect((screen.getByLabelText('English') as HTMLInputElement).checked).toBe(true);

    // The next start reads the stored choice.
    expect(createI18n().language).toBe('en');
  });

  it('has an English text for every Danish key', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
    expect(keys(en).sort()).toEqual(keys(da).sort());
    for (const key of keys(en)) {
      const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en);
      expect(value, key).not.toBe('');
    }
  });

  it('splits both languages into the same area files, each top-level key in exactly one', async () => {
    /** The top-level keys each area file (renderer/i18n/<language>/*.ts but index.ts) contributes. */
    const areas = async (language: 'da' | 'en') => {
      const dir = join(i18nDir, language);
      const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort();
      return Promise.all(
        files.map(async (file) => {
          const module = (await import(join(dir, file))) as Record<string, object>;
          return [file, Object.values(module).flatMap((texts) => Object.keys(texts))] as const;
        }),
      );
    };
    const daAreas = await areas('da');
    expect(daAreas.length).toBeGreaterThan(1);
    expect(await areas('en')).toEqual(daAreas);
    const fromFiles = daAreas.flatMap(([, keys]) => keys);
    expect(new Set(fromFiles).size, 'a top-level key in two area files').toBe(fromFiles.length);
    expect(fromFiles.sort()).toEqual(Object.keys(da).sort());
  });
});
