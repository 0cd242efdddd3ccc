/** A handicraft discipline, identified by a stable slug. */
export interface CraftRecord {
  readonly slug: string;
  readonly name: string;
  readonly nameFa: string;
  /**
   * Harmonized System headings or subheadings (4 or 6 digits) under which the
   * craft's products are usually declared at customs. One code can cover more
   * than one craft (kilim and jajim are both flat-woven rugs).
   */
  readonly hsCodes: readonly string[];
}

/**
 * The crafts named in the source documents: the twelve fields shown at the Ilam
 * Handicrafts Exhibition in Wasit (report of 2025-10-11).
 */
export const CRAFTS: readonly CraftRecord[] = [
  { slug: 'kilim', name: 'Kilim', nameFa: 'گلیم', hsCodes: ['570210'] },
  { slug: 'jajim', name: 'Jajim', nameFa: 'جاجیم', hsCodes: ['570210'] },
  { slug: 'leather-bags', name: 'Leather bags', nameFa: 'کیف چرمی', hsCodes: ['420221'] },
  { slug: 'leather-mosaic', name: 'Leather mosaic', nameFa: 'معرق چرم', hsCodes: ['4205'] },
  { slug: 'mat-weaving', name: 'Mat weaving', nameFa: 'حصیربافی', hsCodes: ['4601'] },
  { slug: 'chit', name: 'Chit (printed cotton cloth)', nameFa: 'چیت', hsCodes: ['5208'] },
  { slug: 'traditional-dolls', name: 'Traditional dolls', nameFa: 'عروسک سنتی', hsCodes: ['9503'] },
  { slug: 'knitwear', name: 'Knitwear', nameFa: 'بافتنی', hsCodes: ['6110'] },
  { slug: 'pottery', name: 'Pottery', nameFa: 'سفالگری', hsCodes: ['6912', '6913'] },
  { slug: 'jewelry', name: 'Jewelry', nameFa: 'زیورآلات', hsCodes: ['7113', '7117'] },
  { slug: 'wooden-items', name: 'Wooden items', nameFa: 'مصنوعات چوبی', hsCodes: ['4419', '4420'] },
  { slug: 'copper-utensils', name: 'Copper utensils', nameFa: 'ظروف مسی', hsCodes: ['7418'] },
];

const CRAFTS_BY_SLUG = new Map(CRAFTS.map((craft) => [craft.slug, craft]));

/** Returns the craft with this slug, or `undefined`. */
export function findCraft(slug: string): CraftRecord | undefined {
  return CRAFTS_BY_SLUG.get(slug);
}
