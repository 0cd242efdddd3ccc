import { typedId } from '../platform/ids';
import { HS_NOMENCLATURE } from './hs-nomenclature';

/** One HS code a craft is declared under, with its description and whether it covers the craft alone. */
export interface CraftHsCodeRecord {
  readonly code: string;
  readonly description: string | null;
  readonly coversOnlyThisCraft: boolean;
}

/** A handicraft discipline, identified by a stable slug. */
export interface CraftRecord {
  /** Its global id, e.g. `Craft:kilim` (see `typedId`). */
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly nameFa: string;
  /**
   * Harmonized System headings or subheadings (4 or 6 digits, HS 2022) under
   * which the craft's products are usually declared at customs. Each is
   * broader than the craft: the HS does not tell handmade goods from others
   * (9503 is all toys, not only traditional dolls), and one code can cover
   * more than one craft (kilim and jajim: 570210).
   */
  readonly hsCodes: readonly string[];
  /**
   * The codes among `hsCodes` that cover this craft's products and nothing
   * else: only a figure reported under one of them counts towards the craft
   * without naming it. None does today.
   */
  readonly exactHsCodes: readonly string[];
  /** `hsCodes` with their HS 2022 descriptions and whether each covers the craft alone. */
  readonly hsClassification: readonly CraftHsCodeRecord[];
}

/**
 * The crafts named in the source documents: the twelve fields shown at the Ilam
 * Handicrafts Exhibition in Wasit (report of 2025-10-11), in its English words.
 * The Persian names and the HS codes are this catalogue's own, not the
 * report's: the Persian names are the usual terms for these crafts, written
 * for the catalogue and not checked against a published list; the codes are
 * the HS 2022 headings and subheadings their products fall under (checked
 * against `HS_NOMENCLATURE` by a test), each broader than the craft.
 */
const CRAFT_ENTRIES: ReadonlyArray<Omit<CraftRecord, 'id' | 'hsClassification'>> = [
  { slug: 'kilim', name: 'Kilim', nameFa: 'گلیم', hsCodes: ['570210'], exactHsCodes: [] },
  { slug: 'jajim', name: 'Jajim', nameFa: 'جاجیم', hsCodes: ['570210'], exactHsCodes: [] },
  { slug: 'leather-bags', name: 'Leather bags', nameFa: 'کیف چرمی', hsCodes: ['420221'], exactHsCodes: [] },
  { slug: 'leather-mosaic', name: 'Leather mosaic', nameFa: 'معرق چرم', hsCodes: ['4205'], exactHsCodes: [] },
  { slug: 'mat-weaving', name: 'Mat weaving', nameFa: 'حصیربافی', hsCodes: ['4601'], exactHsCodes: [] },
  { slug: 'chit', name: 'Chit (printed cotton cloth)', nameFa: 'چیت', hsCodes: ['5208'], exactHsCodes: [] },
  { slug: 'traditional-dolls', name: 'Traditional dolls', nameFa: 'عروسک سنتی', hsCodes: ['9503'], exactHsCodes: [] },
  { slug: 'knitwear', name: 'Knitwear', nameFa: 'بافتنی', hsCodes: ['6110'], exactHsCodes: [] },
  { slug: 'pottery', name: 'Pottery', nameFa: 'سفالگری', hsCodes: ['6912', '6913'], exactHsCodes: [] },
  { slug: 'jewelry', name: 'Jewelry', nameFa: 'زیورآلات', hsCodes: ['7113', '7117'], exactHsCodes: [] },
  { slug: 'wooden-items', name: 'Wooden items', nameFa: 'مصنوعات چوبی', hsCodes: ['4419', '4420'], exactHsCodes: [] },
  { slug: 'copper-utensils', name: 'Copper utensils', nameFa: 'ظروف مسی', hsCodes: ['7418'], exactHsCodes: [] },
];

/** The crafts of the catalogue, in the report's order. */
export const CRAFTS: readonly CraftRecord[] = CRAFT_ENTRIES.map((craft) => ({
  id: typedId('Craft', craft.slug),
  ...craft,
  hsClassification: craft.hsCodes.map((code) => ({
    code,
    description: HS_NOMENCLATURE.describe(code),
    coversOnlyThisCraft: craft.exactHsCodes.includes(code),
  })),
}));

const CRAFTS_BY_SLUG = new Map(CRAFTS.map((craft) => [craft.slug, craft]));

/** Returns the craft with this slug, or `undefined`. */
export function findCraft(slug: string): CraftRecord | undefined {
  return CRAFTS_BY_SLUG.get(slug);
}
