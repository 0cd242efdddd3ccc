import { CRAFTS, findCraft, HS_NOMENCLATURE } from '../../shared/catalogue';

/** A figure's product dimension as stored: the craft it counts towards, and the HS code it was reported under. */
export interface CraftOrHsCode {
  readonly craftSlug: string | null;
  readonly hsCode: string | null;
}

/**
 * Returns the digits of an HS code written with or without dots (`5702.10`),
 * or a sentence saying what is wrong: the code must be a chapter (2 digits),
 * heading (4) or subheading (6) of the HS 2022 nomenclature.
 */
export function parseHsCode(text: string): string | { readonly problem: string } {
  const digits = text.trim().replace(/\./g, '');
  if (!/^[0-9]{2}([0-9]{2}){0,2}$/.test(digits)) {
    return {
      problem: `${JSON.stringify(text)} is not an HS code: expected 2, 4 or 6 digits (a chapter, heading or subheading), dots allowed.`,
    };
  }
  if (!HS_NOMENCLATURE.has(digits)) {
    return { problem: `${JSON.stringify(text)} is not a chapter, heading or subheading of ${HS_NOMENCLATURE.edition}.` };
  }
  return digits;
}

/** Returns the slug of the one craft whose products `code` covers and nothing else, or null (a code broader than any craft). */
export function craftCoveredOnlyBy(code: string): string | null {
  return CRAFTS.find((craft) => craft.exactHsCodes.includes(code))?.slug ?? null;
}

/**
 * Returns the product dimension of a figure reported for `craftSlug` and/or
 * under HS code `hsText`, or a sentence saying what is wrong. The code is kept
 * as reported; a figure counts towards a craft when it names it, or when its
 * code covers that craft alone. A craft and a code together must belong
 * together (the code is one of the craft's, or above or below one of them).
 */
export function craftDimension(craftSlug: string | null, hsText: string | null): CraftOrHsCode | { readonly problem: string } {
  if (hsText === null) {
    return { craftSlug, hsCode: null };
  }
  const code = parseHsCode(hsText);
  if (typeof code !== 'string') {
    return code;
  }
  if (craftSlug === null) {
    return { craftSlug: craftCoveredOnlyBy(code), hsCode: code };
  }
  const related = findCraft(craftSlug)?.hsCodes.some((craftCode) => craftCode.startsWith(code) || code.startsWith(craftCode));
  if (!related) {
    return { problem: `HS code ${hsText} is not one that ${craftSlug} is declared under.` };
  }
  return { craftSlug, hsCode: code };
}

/**
 * Reads what a figure names in its craft column (CSV import): a craft slug
 * (`kilim`) or an HS code with or without dots (`5702.10`, `9503`). Returns a
 * sentence saying what is wrong when the text names neither.
 */
export function parseCraftOrHsCode(text: string): CraftOrHsCode | string {
  const craft = findCraft(text.trim().toLowerCase());
  if (craft) {
    return { craftSlug: craft.slug, hsCode: null };
  }
  const dimension = craftDimension(null, text);
  return 'problem' in dimension
    ? `${JSON.stringify(text)} is neither a craft slug (${CRAFTS.map((entry) => entry.slug).join(', ')}) nor an HS 2022 code of 2, 4 or 6 digits.`
    : dimension;
}
