export * from './types';
export * from './wording';
export { buildDocument, changedSinceRelease, distributedBilag } from './build-document';
export { itemDocument, type ItemContext } from './item-document';
export { bilagFileName, documentFileName, exportFileName } from './file-name';
export { decisionBlock, publicExtractBlock } from './decision-block';
export * from './protocol';
export { findProtocolIssues } from './protocol-checks';
export { approvalText } from './signature-sheet';
