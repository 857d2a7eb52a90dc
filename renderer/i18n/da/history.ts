/** Undo and redo, and how each change is named. */
export const daHistory = {
  history: {
    label: 'Fortryd og gentag',
    undo: 'Fortryd',
    redo: 'Gentag',
    undoTitle: 'Fortryd: {{what}} (Ctrl+Z)',
    redoTitle: 'Gentag: {{what}} (Ctrl+Shift+Z eller Ctrl+Y)',
    undoEmpty: 'Fortryd (Ctrl+Z)',
    redoEmpty: 'Gentag (Ctrl+Shift+Z eller Ctrl+Y)',
    undone: 'Fortrudt: {{what}}',
    redone: 'Gentaget: {{what}}',
    failed: 'Kunne ikke fortrydes eller gentages: {{message}}',
    moved: 'Punkt {{number}} flyttet',
    added: 'Punkt {{number}} tilføjet',
    deleted: 'Punkt {{number}} slettet',
    closed: 'Punkt {{number}} gjort lukket',
    opened: 'Punkt {{number}} gjort åbent',
    updated: 'Punkt {{number}} ændret',
    section: 'Punkt {{number}}: {{section}} ændret',
    points: 'Punkt {{number}}: indstillingspunkter ændret',
    notices: 'Punkt {{number}}: meddelelser ændret',
  },
};
