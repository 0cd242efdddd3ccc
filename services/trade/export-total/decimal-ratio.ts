/** Digits kept after the point when two decimals are divided. */
const RATIO_DIGITS = 15n;

/**
 * Returns `numerator / denominator` for two non-negative decimal strings with
 * at most two digits after the point (as PostgreSQL prints `numeric(20, 2)`),
 * dividing exact integers so that the amounts never pass through floating
 * point; null when the denominator is zero.
 */
export function decimalRatio(numerator: string, denominator: string): number | null {
  const bottom = hundredths(denominator);
  if (bottom === 0n) {
    return null;
  }
  return Number((hundredths(numerator) * 10n ** RATIO_DIGITS) / bottom) / 10 ** Number(RATIO_DIGITS);
}

function hundredths(decimal: string): bigint {
  const [whole, fraction = ''] = decimal.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
}
