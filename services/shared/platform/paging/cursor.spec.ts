import { cursorScope, decodeCursor, encodeCursor } from './cursor';

/** Returns the code and argument name of the error `run` throws. */
function refusal(run: () => unknown): { code: unknown; argumentName: unknown; message: string } {
  try {
    run();
  } catch (error) {
    const { extensions, message } = error as { extensions: Record<string, unknown>; message: string };
    return { code: extensions.code, argumentName: extensions.argumentName, message };
  }
  throw new Error('expected a refusal');
}

describe('cursorScope', () => {
  it('is the same for the same list and arguments, whatever the paging arguments, key order or null fields', () => {
    const scope = cursorScope('Query.exhibitions', {
      first: 5,
      after: 'x',
      filter: { countryCode: 'IQ', kind: 'INTERNATIONAL' },
      orderBy: 'START_DATE_ASC',
    });
    expect(
      cursorScope('Query.exhibitions', {
        orderBy: 'START_DATE_ASC',
        last: 3,
        before: 'y',
        filter: { kind: 'INTERNATIONAL', countryCode: 'IQ', city: null },
      }),
    ).toBe(scope);
    expect(
      cursorScope('Query.exhibitions', {
        filter: { countryCode: 'IQ', kind: 'INTERNATIONAL', region: undefined },
        orderBy: 'START_DATE_ASC',
      }),
    ).toBe(scope);
  });

  it('differs between lists, parents, orders and filters', () => {
    const args = { filter: { countryCode: 'IQ' }, orderBy: 'START_DATE_ASC' };
    const scopes = [
      cursorScope('Query.exhibitions', args),
      cursorScope('Query.courses', args),
      cursorScope(JSON.stringify(['exhibitions of country', 'IQ']), args),
      cursorScope(JSON.stringify(['exhibitions of country', 'IR']), args),
      cursorScope('Query.exhibitions', { ...args, orderBy: 'START_DATE_DESC' }),
      cursorScope('Query.exhibitions', { ...args, filter: { countryCode: 'TR' } }),
      cursorScope('Query.exhibitions', { orderBy: 'START_DATE_ASC' }),
      cursorScope('Query.exhibitions', { ...args, filter: { countryCode: 'IQ', craftSlugs: ['carpet', 'pottery'] } }),
      cursorScope('Query.exhibitions', { ...args, filter: { countryCode: 'IQ', craftSlugs: ['pottery', 'carpet'] } }),
    ];
    expect(new Set(scopes).size).toBe(scopes.length);
  });

  it('reads dates as instants, so equal instants bind alike', () => {
    expect(cursorScope('Query.auditEvents', { filter: { from: new Date('2025-01-01T00:00:00Z') } })).toBe(
      cursorScope('Query.auditEvents', { filter: { from: new Date('2025-01-01T03:30:00+03:30') } }),
    );
  });

  it('holds no argument value in the clear', () => {
    expect(cursorScope('Province.artisans', { filter: { search: 'Synthetic artisan 000030' } })).toMatch(/^[\w-]{16}$/);
  });
});

describe('encodeCursor and decodeCursor', () => {
  const scope = cursorScope('Query.courses', { orderBy: 'TITLE_ASC' });

  it('round-trip the values of the list the cursor is of', () => {
    const cursor = encodeCursor(scope, ['Carpet weaving', 3, '0b6f1f7e-5d4c-4b5a-9a8b-1c2d3e4f5a6b']);
    expect(cursor).toMatch(/^[\w-]+$/);
    expect(decodeCursor(cursor, scope, 'after')).toEqual(['Carpet weaving', 3, '0b6f1f7e-5d4c-4b5a-9a8b-1c2d3e4f5a6b']);
  });

  it('refuse a cursor of another list, order or filter with BAD_USER_INPUT naming the argument', () => {
    const other = encodeCursor(cursorScope('Query.courses', { orderBy: 'START_DATE_ASC' }), ['2025-01-01', 'x']);
    expect(refusal(() => decodeCursor(other, scope, 'after'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'after',
      message: expect.stringMatching(/another list, order or filter/),
    });
    expect(refusal(() => decodeCursor(other, scope, 'before'))).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'before' });
  });

  it.each([
    ['not base64 JSON', 'not a cursor'],
    ['a cursor of the form before binding (values only)', Buffer.from(JSON.stringify(['2025-01-01', 'x'])).toString('base64url')],
    ['a scope that is not a string', Buffer.from(JSON.stringify([1, ['x']])).toString('base64url')],
    ['values that are not a list', Buffer.from(JSON.stringify(['scope', 'x'])).toString('base64url')],
    ['an empty string', ''],
  ])('refuse %s as malformed', (_name, cursor) => {
    expect(refusal(() => decodeCursor(cursor, scope, 'before'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'before',
      message: expect.stringMatching(/is not a cursor of this list/),
    });
  });
});
