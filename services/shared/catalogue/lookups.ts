import { type CountryRecord, findCountry } from './countries';
import { type CraftRecord, findCraft } from './crafts';
import { findProvince, type ProvinceRecord } from './provinces';

/** Returns the catalogue province with this code, or null for none (or no code). */
export function provinceOf(code: string | null): ProvinceRecord | null {
  return code === null ? null : (findProvince(code) ?? null);
}

/** Returns the catalogue craft with this slug, or null for none (or no slug). */
export function craftOf(slug: string | null): CraftRecord | null {
  return slug === null ? null : (findCraft(slug) ?? null);
}

/** Returns the country with this ISO code, or null for none (or no code). */
export function countryOf(code: string | null): CountryRecord | null {
  return code === null ? null : (findCountry(code) ?? null);
}

/** Returns the catalogue crafts for `slugs`, in order; slugs no longer in the catalogue are left out. */
export function craftsOf(slugs: readonly string[]): CraftRecord[] {
  return slugs.map((slug) => findCraft(slug)).filter((craft): craft is CraftRecord => craft !== undefined);
}

/** Returns the catalogue provinces for `codes`, in order. */
export function provincesOf(codes: readonly string[]): ProvinceRecord[] {
  return codes.map((code) => findProvince(code)).filter((province): province is ProvinceRecord => province !== undefined);
}
