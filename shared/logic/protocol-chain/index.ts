export { protocolParts, itemPartKey, type ProtocolPart } from './protocol-parts';
export { addendumPart } from './addendum-part';
export { canonicalJson, entryHash, partHashes, sha256Hex, shortHash, CHAIN_FORMAT, type ChainEntryContent, type ProtocolNames } from './chain-hash';
export { verifyChain, type ChainFailure, type ChainReport, type LiveEntry, type StoredChainEntry } from './verify-chain';
