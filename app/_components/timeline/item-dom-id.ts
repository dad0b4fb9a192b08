/** The DOM id of an item's box content, for aria-activedescendant (item-elements.ts draws it). */
export const itemDomId = (id: string): string => `tl-${id}`;
