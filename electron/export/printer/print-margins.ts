/**
 * The page margins every printer passes to the engine (the CSS @page rule repeats them); the
 * compiler stamps the running header and "Side N af M" into the top and bottom margins.
 */
export const PRINT_MARGINS_MM = { top: 25, bottom: 22, left: 22, right: 22 } as const;
