import { entryHash, partHashes, type ChainEntryContent } from './chain-hash';
import type { ProtocolPart } from './protocol-parts';

/** A stored entry of a committee's chain, as the verifier reads it back. */
export interface StoredChainEntry extends ChainEntryContent {
  id: number;
  hash: string;
  /** "Økonomiudvalget den 24. januar 2012", for the report. */
  meetingLabel: string;
}

/** What the record says now, recomputed from the live rows (null: the meeting or addendum is gone). */
export interface LiveEntry {
  parts: ProtocolPart[] | null;
  approvals: ChainEntryContent['approvals'];
  /** The chain hash written into the approved PDF released for this entry (null: none found). */
  releasedHash: string | null;
}

export interface ChainFailure {
  entryId: number;
  committeeId: number;
  meetingId: number;
  addendumId: number | null;
  /** The item that no longer matches, when it is an item. */
  itemId: number | null;
  message: string;
}

export interface ChainReport {
  ok: boolean;
  /** Entries checked, up to and including the first failure. */
  checked: number;
  failure: ChainFailure | null;
}

/**
 * Recomputes every entry in order (by committee, then sequence): the link to the previous entry,
 * each part against its stored hash (naming the item that changed), the entry's own hash over the
 * parts, names, approvals and overrides, and the hash printed in the approved PDF. Stops at the first
 * entry that no longer matches.
 */
export function verifyChain(entries: readonly StoredChainEntry[], live: (entry: StoredChainEntry) => LiveEntry): ChainReport {
  const previous = new Map<number, StoredChainEntry>();
  let checked = 0;
  for (const entry of entries) {
    checked++;
    const failure = checkEntry(entry, previous.get(entry.committeeId) ?? null, live(entry));
    if (failure) return { ok: false, checked, failure };
    previous.set(entry.committeeId, entry);
  }
  return { ok: true, checked, failure: null };
}

function checkEntry(entry: StoredChainEntry, before: StoredChainEntry | null, now: LiveEntry): ChainFailure | null {
  const what = entry.kind === 'minutes' ? `Protokollen for ${entry.meetingLabel}` : `Tilføjelsen til protokollen for ${entry.meetingLabel}`;
  const fail = (message: string, itemId: number | null = null): ChainFailure => ({
    entryId: entry.id, committeeId: entry.committeeId, meetingId: entry.meetingId, addendumId: entry.addendumId, itemId, message: `${what}: ${message}`,
  });

  const expectedSequence = (before?.sequence ?? 0) + 1;
  if (entry.sequence !== expectedSequence) return fail(`kæden springer fra nummer ${before?.sequence ?? 0} til ${entry.sequence}; en godkendelse mangler.`);
  if (entry.previousHash !== (before?.hash ?? null)) return fail('kædens henvisning til den forrige godkendelse passer ikke.');
  if (!now.parts) return fail(entry.kind === 'minutes' ? 'mødet findes ikke længere.' : 'tilføjelsen findes ikke længere.');

  const recomputed = partHashes(now.parts);
  for (const part of now.parts) {
    const stored = entry.parts[part.key];
    if (stored === undefined) return fail(`${part.label} er kommet til efter godkendelsen.`, itemIdOf(part.key));
    if (stored !== recomputed[part.key]) return fail(`${part.label} er ændret efter godkendelsen.`, itemIdOf(part.key));
  }
  const gone = Object.keys(entry.parts).find((key) => !(key in recomputed));
  if (gone) return fail(`${gone.startsWith('item:') ? 'et punkt' : gone} er fjernet efter godkendelsen.`, itemIdOf(gone));

  const recomputedHash = entryHash({ ...entry, approvals: now.approvals });
  if (recomputedHash !== entry.hash) {
    // The content still gives the hash printed in the approved PDF: it is the stored hash that was changed.
    if (now.releasedHash === recomputedHash) return fail('kædens gemte hash er ændret efter godkendelsen (indholdet giver stadig hashen i det godkendte referats PDF).');
    return fail('godkendelserne, navnene, de tilsidesatte fund eller kædens gemte hash er ændret efter godkendelsen.');
  }
  if (now.releasedHash !== null && now.releasedHash !== entry.hash) return fail('hashen i det godkendte referats PDF svarer ikke til kæden.');
  return null;
}

function itemIdOf(key: string): number | null {
  return key.startsWith('item:') ? Number(key.slice('item:'.length)) : null;
}
