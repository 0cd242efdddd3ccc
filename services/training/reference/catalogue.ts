import { type CraftRecord, findCraft, findProvince, type ProvinceRecord } from '../../shared/catalogue';

/** Returns the catalogue crafts for `slugs`, in order; slugs no longer in the catalogue are left out. */
export function craftsOf(slugs: readonly string[]): CraftRecord[] {
  return slugs.map((slug) => findCraft(slug)).filter((craft): craft is CraftRecord => craft !== undefined);
}

/** Returns the catalogue provinces for `codes`, in order. */
export function provincesOf(codes: readonly string[]): ProvinceRecord[] {
  return codes.map((code) => findProvince(code)).filter((province): province is ProvinceRecord => province !== undefined);
}
