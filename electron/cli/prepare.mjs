// npm's "prepare" (npm ci and npm install run it in the checkout, npm pack before packing): builds
// the `dagsorden` command into out/cli. An install without dev dependencies has no esbuild and
// skips the build with a note; bin.mjs then explains what is missing if the command is run.
import { buildCliBundle, canBuildCliBundle } from './cli-bundle.mjs';

if (!canBuildCliBundle()) {
  console.log('Kommandolinjen bygges ikke: esbuild er ikke installeret (installation uden udviklingspakker).');
} else {
  const started = Date.now();
  const failure = buildCliBundle();
  if (failure !== null) {
    console.error(`Kommandolinjen kunne ikke bygges:\n${failure}`);
    process.exitCode = 1;
  } else {
    console.log(`Kommandolinjen er bygget til out/cli på ${Date.now() - started} ms.`);
  }
}
