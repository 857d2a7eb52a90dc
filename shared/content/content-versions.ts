import { CONTENT_VERSION, contentDocSchema, type ContentDoc } from './content-model';

/**
 * Stored section text carries the content-model version it was written with. Reading upgrades
 * older versions step by step; a version from the future is refused rather than guessed at.
 */
const upgrades: Record<number, (doc: unknown) => unknown> = {
  // 1 → 2 goes here when the model changes.
};

export function readContent(version: number, json: string): ContentDoc {
  // Text of the current version was validated when it was written, and the integrity check
  // validates it again; parsing it with zod on every read would cost ~0.5 ms a section.
  if (version === CONTENT_VERSION) return JSON.parse(json) as ContentDoc;
  if (version > CONTENT_VERSION) {
    throw new Error(`Teksten er skrevet med en nyere indholdsmodel (version ${version}); denne version kender op til ${CONTENT_VERSION}.`);
  }
  let doc: unknown = JSON.parse(json);
  for (let v = version; v < CONTENT_VERSION; v++) {
    const upgrade = upgrades[v];
    if (!upgrade) throw new Error(`Ingen opgradering af indholdsmodellen fra version ${v}.`);
    doc = upgrade(doc);
  }
  return contentDocSchema.parse(doc);
}

export function writeContent(doc: ContentDoc): { version: number; json: string } {
  return { version: CONTENT_VERSION, json: JSON.stringify(contentDocSchema.parse(doc)) };
}
