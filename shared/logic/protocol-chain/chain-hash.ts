import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import canonicalize from 'canonicalize';
import type { ApprovalMethod } from '../../domain/enums';
import type { ProtocolPart } from './protocol-parts';

/** The one serialisation that is hashed: RFC 8785 (JSON Canonicalization Scheme), so any tool can recompute it. */
export function canonicalJson(value: unknown): string {
  const json = canonicalize(value);
  if (json === undefined) throw new Error('Cannot canonicalize the value');
  return json;
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Each part's SHA-256 by its key. */
export function partHashes(parts: readonly ProtocolPart[]): Record<string, string> {
  return Object.fromEntries(parts.map((p) => [p.key, sha256Hex(canonicalJson(p.value))]));
}

/** The names of the people and parties the record refers to, as they were at approval. */
export interface ProtocolNames {
  people: Record<string, string>;
  parties: Record<string, string>;
}

/** What one entry of a committee's chain commits to. */
export interface ChainEntryContent {
  kind: 'minutes' | 'addendum';
  committeeId: number;
  sequence: number;
  meetingId: number;
  addendumId: number | null;
  approvedAt: string;
  /** The committee's previous entry (null: the first). */
  previousHash: string | null;
  parts: Record<string, string>;
  names: ProtocolNames;
  approvals: { personId: number; method: ApprovalMethod; approvedAt: string }[];
  overrides: { key: string; reason: string }[];
}

/** Bumped only with a new canonical form; the verifier reads the version an entry was written with. */
export const CHAIN_FORMAT = 'dagsorden-protokol-1';

/** The entry's hash: over exactly the fields of ChainEntryContent (extra fields of the argument are not hashed). */
export function entryHash(content: ChainEntryContent): string {
  const { kind, committeeId, sequence, meetingId, addendumId, approvedAt, previousHash, parts, names } = content;
  return sha256Hex(canonicalJson({
    format: CHAIN_FORMAT, kind, committeeId, sequence, meetingId, addendumId, approvedAt, previousHash, parts, names,
    approvals: [...content.approvals].sort((a, b) => a.personId - b.personId).map((a) => ({ personId: a.personId, method: a.method, approvedAt: a.approvedAt })),
    overrides: content.overrides.map((o) => ({ key: o.key, reason: o.reason })),
  }));
}

/** The hash in short form for the signature sheet: the first 16 hex digits in groups of four. */
export function shortHash(hash: string): string {
  return hash.slice(0, 16).match(/.{4}/g)!.join(' ');
}
