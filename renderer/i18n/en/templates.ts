import type { TranslationShape } from '../da';
import type { daTemplates } from '../da/templates';

/** Indstillinger › Afsnitsskabelon and Standardpunkter: what each new item and meeting starts with. */
export const enTemplates: TranslationShape<typeof daTemplates> = {
  sections: {
    title: 'Section template',
    intro: 'The sections every new item gets, in printing order. Empty sections are not printed.',
    listTitle: 'Sections of {{committee}}',
    headingOf: 'Heading of section {{number}}',
    heading: 'Heading',
    addTitle: 'Add section',
    add: 'Add section',
    addHint: 'The new section goes last. Remember to save the template afterwards.',
    save: 'Save template',
    saved: 'The template has been saved. New items use it.',
    headingRequired: 'Enter a heading.',
    headingTaken: 'The section "{{heading}}" is already in the template.',
  },
  standardItems: {
    title: 'Standard items',
    intro: 'Items every new meeting gets automatically: first on the agenda or last.',
    listTitle: 'Standard items of {{committee}}',
    none: 'No standard items. New meetings start with an empty agenda.',
    kind: 'Type',
    kindOf: 'Type of standard item {{number}}',
    titleOf: 'Title of standard item {{number}}',
    placementOf: 'Placement of standard item {{number}}',
    itemTitle: 'Title',
    placement: 'Placement',
    start: 'First',
    end: 'Last',
    addTitle: 'Add standard item',
    add: 'Add',
    save: 'Save standard items',
    saved: 'The standard items have been saved. New meetings use them.',
    titleRequired: 'Enter the item’s title.',
  },
};
