import { typedId } from '../platform/ids';

/** One of Iran's provinces, identified by its current ISO 3166-2:IR code. */
export interface ProvinceRecord {
  /** Its global id, e.g. `Province:IR-02` (see `typedId`). */
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly nameFa: string;
}

/**
 * All 31 provinces of Iran with the ISO 3166-2:IR codes in force since the 2020
 * revision of the standard (IR-00 … IR-30).
 */
const PROVINCE_ENTRIES: ReadonlyArray<Omit<ProvinceRecord, 'id'>> = [
  { code: 'IR-00', name: 'Markazi', nameFa: 'مرکزی' },
  { code: 'IR-01', name: 'Gilan', nameFa: 'گیلان' },
  { code: 'IR-02', name: 'Mazandaran', nameFa: 'مازندران' },
  { code: 'IR-03', name: 'East Azerbaijan', nameFa: 'آذربایجان شرقی' },
  { code: 'IR-04', name: 'West Azerbaijan', nameFa: 'آذربایجان غربی' },
  { code: 'IR-05', name: 'Kermanshah', nameFa: 'کرمانشاه' },
  { code: 'IR-06', name: 'Khuzestan', nameFa: 'خوزستان' },
  { code: 'IR-07', name: 'Fars', nameFa: 'فارس' },
  { code: 'IR-08', name: 'Kerman', nameFa: 'کرمان' },
  { code: 'IR-09', name: 'Razavi Khorasan', nameFa: 'خراسان رضوی' },
  { code: 'IR-10', name: 'Isfahan', nameFa: 'اصفهان' },
  { code: 'IR-11', name: 'Sistan and Baluchestan', nameFa: 'سیستان و بلوچستان' },
  { code: 'IR-12', name: 'Kurdistan', nameFa: 'کردستان' },
  { code: 'IR-13', name: 'Hamadan', nameFa: 'همدان' },
  { code: 'IR-14', name: 'Chaharmahal and Bakhtiari', nameFa: 'چهارمحال و بختیاری' },
  { code: 'IR-15', name: 'Lorestan', nameFa: 'لرستان' },
  { code: 'IR-16', name: 'Ilam', nameFa: 'ایلام' },
  { code: 'IR-17', name: 'Kohgiluyeh and Boyer-Ahmad', nameFa: 'کهگیلویه و بویراحمد' },
  { code: 'IR-18', name: 'Bushehr', nameFa: 'بوشهر' },
  { code: 'IR-19', name: 'Zanjan', nameFa: 'زنجان' },
  { code: 'IR-20', name: 'Semnan', nameFa: 'سمنان' },
  { code: 'IR-21', name: 'Yazd', nameFa: 'یزد' },
  { code: 'IR-22', name: 'Hormozgan', nameFa: 'هرمزگان' },
  { code: 'IR-23', name: 'Tehran', nameFa: 'تهران' },
  { code: 'IR-24', name: 'Ardabil', nameFa: 'اردبیل' },
  { code: 'IR-25', name: 'Qom', nameFa: 'قم' },
  { code: 'IR-26', name: 'Qazvin', nameFa: 'قزوین' },
  { code: 'IR-27', name: 'Golestan', nameFa: 'گلستان' },
  { code: 'IR-28', name: 'North Khorasan', nameFa: 'خراسان شمالی' },
  { code: 'IR-29', name: 'South Khorasan', nameFa: 'خراسان جنوبی' },
  { code: 'IR-30', name: 'Alborz', nameFa: 'البرز' },
];

/** The provinces of PROVINCE_ENTRIES with their global ids. */
export const PROVINCES: readonly ProvinceRecord[] = PROVINCE_ENTRIES.map((province) => ({
  id: typedId('Province', province.code),
  ...province,
}));

const PROVINCES_BY_CODE = new Map(PROVINCES.map((province) => [province.code, province]));

/** Returns the province with this ISO 3166-2:IR code, or `undefined`. */
export function findProvince(code: string): ProvinceRecord | undefined {
  return PROVINCES_BY_CODE.get(code);
}
