import { type CountryRecord, type CraftRecord, findCountry, findCraft, findProvince, type ProvinceRecord } from '../../shared/catalogue';

/** Returns the catalogue province with this code, or null for none. */
export function provinceOf(code: string | null): ProvinceRecord | null {
  return code === null ? null : (findProvince(code) ?? null);
}

/** Returns the catalogue craft with this slug, or null for none. */
export function craftOf(slug: string | null): CraftRecord | null {
  return slug === null ? null : (findCraft(slug) ?? null);
}

/** Returns the country with this ISO code, or null for none. */
export function countryOf(code: string | null): CountryRecord | null {
  return code === null ? null : (findCountry(code) ?? null);
}
