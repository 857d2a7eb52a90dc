export type { ProtocolContext } from './context';
export { decisionText } from './decision-text';
export { compactDecisionText } from './compact-decisions';
export { presenceLines } from './presence-lines';
export { printedText, type PrintedText } from './overrides';
export { generatedDecisionText, generatedPresenceText, protocolDecisions, protocolPresence } from './item-protocol';
export { outcomePhrase, outcomeParticiple } from './outcome-words';
export { pointsPrefix, pointsLabel } from './points';
