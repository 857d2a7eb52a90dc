/** Meddelelser on an item (the announcements item). */
export const daNotices = {
  notices: {
    label: 'Meddelelser',
    none: 'Ingen meddelelser endnu.',
    title: 'Titel på meddelelse {{number}}',
    titlePlaceholder: 'Titel',
    text: 'Tekst til meddelelse {{number}}',
    needsTitle: 'Meddelelsen gemmes, når den har en titel.',
    add: 'Tilføj meddelelse',
    moveUp: 'Flyt meddelelse {{number}} op',
    moveDown: 'Flyt meddelelse {{number}} ned',
    remove: 'Fjern meddelelse {{number}}',
  },
};
