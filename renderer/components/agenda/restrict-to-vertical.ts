import type { Modifier } from '@dnd-kit/core';

/** The agenda is a vertical list: a drag moves only up and down (what @dnd-kit/modifiers does, without the package). */
export const restrictToVertical: Modifier = ({ transform }) => ({ ...transform, x: 0 });
