import { CRAFTS, findCraft } from '../../shared/catalogue';

/** A craft dimension as stored: a craft of the catalogue, or an HS code that several crafts share. */
export interface CraftOrHsCode {
  readonly craftSlug: string | null;
  readonly hsCode: string | null;
}

/**
 * Reads what a figure names in its craft column: a craft slug (`kilim`) or a
 * Harmonized System code, with or without dots (`5702.10`). A code at or below
 * one craft's heading is recorded as that craft; a code that several crafts
 * share (kilim and jajim: 570210) stays a code. Returns a sentence saying what
 * is wrong when the text names neither.
 */
export function parseCraftOrHsCode(text: string): CraftOrHsCode | string {
  const trimmed = text.trim();
  const craft = findCraft(trimmed.toLowerCase());
  if (craft) {
    return { craftSlug: craft.slug, hsCode: null };
  }
  const digits = trimmed.replace(/\./g, '');
  if (!/^[0-9]{4,10}$/.test(digits)) {
    return `${JSON.stringify(text)} is neither a craft slug (${CRAFTS.map((entry) => entry.slug).join(', ')}) nor an HS code of 4 to 10 digits.`;
  }
  return hsCodeDimension(digits) ?? `HS code ${trimmed} is not under the heading of any craft of the catalogue.`;
}

/** Returns the craft dimension of an HS code (digits only), or null when no craft of the catalogue is declared under it. */
export function hsCodeDimension(digits: string): CraftOrHsCode | null {
  const crafts = CRAFTS.filter((craft) => craft.hsCodes.some((code) => digits.startsWith(code)));
  if (crafts.length === 0) {
    return null;
  }
  return crafts.length === 1 ? { craftSlug: crafts[0].slug, hsCode: null } : { craftSlug: null, hsCode: digits };
}
