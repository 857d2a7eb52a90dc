import type { TranslationShape } from '../da';
import type { daHistory } from '../da/history';

/** Undo and redo, and how each change is named. */
export const enHistory: TranslationShape<typeof daHistory> = {
  history: {
    label: 'Undo and redo',
    undo: 'Undo',
    redo: 'Redo',
    undoTitle: 'Undo: {{what}} (Ctrl+Z)',
    redoTitle: 'Redo: {{what}} (Ctrl+Shift+Z or Ctrl+Y)',
    undoEmpty: 'Undo (Ctrl+Z)',
    redoEmpty: 'Redo (Ctrl+Shift+Z or Ctrl+Y)',
    undone: 'Undone: {{what}}',
    redone: 'Redone: {{what}}',
    failed: 'Could not undo or redo: {{message}}',
    moved: 'Item {{number}} moved',
    added: 'Item {{number}} added',
    deleted: 'Item {{number}} deleted',
    closed: 'Item {{number}} made closed',
    opened: 'Item {{number}} made open',
    updated: 'Item {{number}} changed',
    section: 'Item {{number}}: {{section}} changed',
    points: 'Item {{number}}: recommendation points changed',
    notices: 'Item {{number}}: announcements changed',
  },
};
