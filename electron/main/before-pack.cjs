// electron-builder beforePack hook: rebuilds better-sqlite3 for the Electron version being packaged.
// Afterwards `npm rebuild better-sqlite3` gives the tests their Node build back.
const { rebuild } = require('@electron/rebuild');

exports.default = async function beforePack(context) {
  await rebuild({
    buildPath: context.packager.info.appDir,
    electronVersion: context.packager.config.electronVersion ?? require('electron/package.json').version,
    arch: context.arch === 1 ? 'x64' : context.arch === 3 ? 'arm64' : 'x64',
    onlyModules: ['better-sqlite3'],
    force: true,
  });
};
