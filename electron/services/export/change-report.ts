// Moved to shared/logic/release-changes (the screens compute the same markers); this re-export goes once export-packet.ts imports from there.
export { buildSnapshot, compareSnapshots, describeChanges, hasChanges, parseSnapshot } from '../../../shared/logic/release-changes';
