import { findCountry, findProvince } from '../../shared/catalogue';
import { parseDecimal } from '../../shared/platform/graphql';
import { isIsoDate, parsePeriodText, type TradePeriodValue } from '../period/trade-period';
import { type CraftOrHsCode, parseCraftOrHsCode } from '../reference/craft-code';
import type { StagedFigure } from './staged-figures';

/** A problem with one cell (or with the whole row when `column` is null). */
export interface CellError {
  readonly row: number;
  readonly column: string | null;
  readonly message: string;
}

const CHANNELS = new Set(['CUSTOMS', 'SUITCASE']);
const PRECISIONS = new Set(['EXACT', 'APPROXIMATE', 'ESTIMATED']);
const PERIOD_BASES = new Set(['STATED', 'CURRENT_ANNUAL']);

/**
 * Reads the rows of an export figures file: each row becomes a staged figure,
 * or the list of what is wrong with each of its cells. Repeated cell values
 * (periods, codes, dates, addresses) are checked once per file.
 */
export class ExportCsvRowReader {
  private readonly periods = new Map<string, TradePeriodValue | string>();
  private readonly crafts = new Map<string, CraftOrHsCode | string>();
  private readonly countries = new Map<string, string | null>();
  private readonly provinces = new Map<string, string | null>();
  private readonly dates = new Map<string, boolean>();
  private readonly addresses = new Map<string, boolean>();

  constructor(private readonly columnIndex: ReadonlyMap<string, number>) {}

  /** Returns the figure a row states, or the errors of its cells (only those whose text cannot be stored, when there are any). */
  read(row: number, cells: readonly string[]): StagedFigure | CellError[] {
    const errors: CellError[] = [...this.columnIndex].flatMap(([column, index]) => {
      const problem = unstorableText(cells[index] ?? '');
      return problem ? [{ row, column, message: problem }] : [];
    });
    if (errors.length > 0) {
      // Such a cell would only add confusing errors of its own form (a period, a code) to the one that matters.
      return errors;
    }
    const cell = (name: string) => {
      const index = this.columnIndex.get(name);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const fail = (column: string, message: string) => {
      errors.push({ row, column, message });
      return null;
    };
    const required = (column: string) => cell(column) || fail(column, 'is empty.');
    const oneOf = (column: string, allowed: ReadonlySet<string>, fallback?: string) => {
      const value = cell(column).toUpperCase() || fallback;
      if (value === undefined) {
        return fail(column, 'is empty.');
      }
      return allowed.has(value) ? value : fail(column, `${JSON.stringify(cell(column))} is not one of ${[...allowed].join(', ')}.`);
    };

    const periodText = required('period');
    let period: TradePeriodValue | null = null;
    if (periodText) {
      const parsed = this.cached(this.periods, periodText, parsePeriodText);
      period = typeof parsed === 'string' ? fail('period', parsed) : parsed;
    }
    const periodBasis = oneOf('period_basis', PERIOD_BASES, 'STATED');
    const channel = oneOf('channel', CHANNELS);
    const precision = oneOf('precision', PRECISIONS);
    let valueUsd: string | null = null;
    const valueText = required('value_usd');
    if (valueText) {
      try {
        valueUsd = parseDecimal(valueText);
      } catch (error) {
        fail('value_usd', (error as Error).message);
      }
    }
    const destinationText = cell('destination');
    const destinationCode = destinationText
      ? this.cached(this.countries, destinationText, (text) => findCountry(text)?.code ?? null)
      : null;
    if (destinationText && !destinationCode) {
      fail('destination', `${JSON.stringify(destinationText)} is not an ISO 3166-1 alpha-2 country code.`);
    }
    const craftText = cell('craft');
    let craft: CraftOrHsCode = { craftSlug: null, hsCode: null };
    if (craftText) {
      const parsed = this.cached(this.crafts, craftText, parseCraftOrHsCode);
      craft = typeof parsed === 'string' ? (fail('craft', parsed), craft) : parsed;
    }
    const provinceText = cell('province');
    const provinceCode = provinceText
      ? this.cached(this.provinces, provinceText, (text) => findProvince(text.toUpperCase())?.code ?? null)
      : null;
    if (provinceText && !provinceCode) {
      fail('province', `${JSON.stringify(provinceText)} is not an ISO 3166-2:IR province code (IR-00 to IR-30).`);
    }
    const sourceTitle = required('source_title');
    const sourcePublisher = required('source_publisher');
    const sourceDate = cell('source_date') || null;
    if (sourceDate && !this.cached(this.dates, sourceDate, isIsoDate)) {
      fail('source_date', `${JSON.stringify(sourceDate)} is not a date of the form YYYY-MM-DD from 0001-01-01 to 9999-12-31.`);
    }
    const sourceUrl = cell('source_url') || null;
    if (sourceUrl && !this.cached(this.addresses, sourceUrl, isWebAddress)) {
      fail('source_url', `${JSON.stringify(sourceUrl)} is not an http or https address.`);
    }
    if (errors.length > 0) {
      return errors;
    }
    return {
      row,
      periodStartsOn: period!.startsOn,
      periodEndsOn: period!.endsOn,
      solarYear: period!.solarYear,
      periodBasis: periodBasis!,
      channel: channel!,
      valueUsd: valueUsd!,
      precision: precision!,
      destinationCode,
      craftSlug: craft.craftSlug,
      hsCode: craft.hsCode,
      provinceCode,
      sourceTitle: sourceTitle!,
      sourcePublisher: sourcePublisher!,
      sourcePublishedOn: sourceDate,
      sourceUrl,
      note: cell('note') || null,
      isSynthetic: false,
    };
  }

  private cached<T>(cache: Map<string, T>, text: string, parse: (text: string) => T): T {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = parse(text);
      cache.set(text, value);
    }
    return value as T;
  }
}

function isWebAddress(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/**
 * Returns why `text` cannot be stored as it is, or null: PostgreSQL's text
 * refuses the NUL character, and bytes that were not UTF-8 were decoded as
 * U+FFFD, which no sound file holds, so storing it would keep a corruption.
 */
function unstorableText(text: string): string | null {
  if (text.includes('\u0000')) {
    return 'holds the NUL character (byte 0x00), which text cannot hold.';
  }
  if (text.includes('\uFFFD')) {
    return 'holds bytes that are not UTF-8 (read as U+FFFD, the replacement character); save the file as UTF-8.';
  }
  return null;
}
