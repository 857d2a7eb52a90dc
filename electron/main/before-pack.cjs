// electron-builder beforePack hook: rebuild better-sqlite3 for the Electron version being packaged, in the
// staging copy only, so the project's node_modules keeps the Node build the tests use.
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
