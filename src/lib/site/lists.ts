/** Page sizes of the long server-rendered lists: each page stays light on a phone at any archive size. */
export const LIST_PAGE_SIZE = 50;
/** How many items a summary page (an agency, the timeline) shows before linking to the full list. */
export const PREVIEW_SIZE = 20;
