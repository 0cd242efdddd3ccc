import { decimalRatio } from './decimal-ratio';

describe('decimalRatio', () => {
  it('divides exactly where floating point does not, and amounts beyond 2^53 cents', () => {
    // 0.3 / 0.1 is 2.9999999999999996 in floating point.
    expect(0.3 / 0.1).not.toBe(3);
    expect(decimalRatio('0.30', '0.10')).toBe(3);
    expect(decimalRatio('999999999999999999.99', '999999999999999999.99')).toBe(1);
    expect(decimalRatio('500000000000000000.00', '1000000000000000000.00')).toBe(0.5);
  });

  it('reads one or two digits after the point, or none, as PostgreSQL prints numeric(20, 2)', () => {
    expect(decimalRatio('12.5', '100')).toBe(0.125);
    expect(decimalRatio('12.50', '100.00')).toBe(0.125);
    expect(decimalRatio('1', '3')).toBeCloseTo(1 / 3, 15);
    expect(decimalRatio('0', '7.00')).toBe(0);
  });

  it('keeps 15 digits after the point, dropping what is smaller', () => {
    expect(decimalRatio('0.01', '1000000000000.00')).toBe(1e-14);
    expect(decimalRatio('0.01', '1000000000000000000.00')).toBe(0);
  });

  it('returns null for a zero denominator, however it is written', () => {
    expect(decimalRatio('5.00', '0')).toBeNull();
    expect(decimalRatio('5.00', '0.00')).toBeNull();
    expect(decimalRatio('0', '0.0')).toBeNull();
  });
});
