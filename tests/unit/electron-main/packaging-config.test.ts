import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);
// The parser electron-builder itself reads electron-builder.yml with (a dependency of app-builder-lib).
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  asar?: boolean | object;
  asarUnpack?: string[];
  files?: string[];
  electronFuses?: Record<string, boolean>;
}

const config = yaml.load(readFileSync(`${ROOT}electron-builder.yml`, 'utf8')) as BuilderConfig;
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

describe('the packaged app (electron-builder.yml)', () => {
  it('flips Electron\'s fuses: no Node mode, no NODE_OPTIONS or --inspect, the app only from a validated app.asar, encrypted cookies', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('names only fuses electron-builder knows (a misspelt key would be silently ignored)', () => {
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties);
    expect(Object.keys(config.electronFuses ?? {}).filter((key) => !known.includes(key))).toEqual([]);
  });

  it('packs the app into app.asar, with the fonts and the native module unpacked beside it', () => {
    // onlyLoadAppFromAsar with asar off would leave the app nothing to load.
    expect(config.asar).not.toBe(false);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['resources/fonts/**', 'node_modules/better-sqlite3/**']));
    expect(config.files).toEqual(expect.arrayContaining(['out/**', '!out/cli/**', 'resources/**']));
  });
});
