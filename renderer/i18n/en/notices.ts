import type { TranslationShape } from '../da';
import type { daNotices } from '../da/notices';

/** Meddelelser on an item (the announcements item). */
export const enNotices: TranslationShape<typeof daNotices> = {
  notices: {
    label: 'Announcements',
    none: 'No announcements yet.',
    title: 'Title of announcement {{number}}',
    titlePlaceholder: 'Title',
    text: 'Text of announcement {{number}}',
    needsTitle: 'The announcement is saved once it has a title.',
    add: 'Add announcement',
    moveUp: 'Move announcement {{number}} up',
    moveDown: 'Move announcement {{number}} down',
    remove: 'Remove announcement {{number}}',
  },
};
