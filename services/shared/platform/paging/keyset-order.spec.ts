import { encodeCursor } from './cursor';
import { KeysetOrder } from './keyset-order';

interface Item {
  readonly name: string;
  readonly id: string;
}

const BY_NAME = new KeysetOrder<Item>([
  { sql: 'item.name', type: 'text', valueOf: (item) => item.name },
  { sql: 'item.id', type: 'uuid', valueOf: (item) => item.id },
]);
const ITEM: Item = { name: 'Kilim', id: '0b6f1f7e-5d4c-4b5a-9a8b-1c2d3e4f5a6b' };

/** Returns the code and argument name of the error `run` throws. */
function refusal(run: () => unknown): { code: unknown; argumentName: unknown } {
  try {
    run();
  } catch (error) {
    const { extensions } = error as { extensions: Record<string, unknown> };
    return { code: extensions.code, argumentName: extensions.argumentName };
  }
  throw new Error('expected a refusal');
}

describe('KeysetOrder.pageRequest', () => {
  it('reads 20 items forwards when neither first nor last is given', () => {
    expect(BY_NAME.pageRequest({}, 'Query.items')).toMatchObject({ size: 20, backward: false, after: null, before: null });
    expect(BY_NAME.pageRequest({ first: null, last: null }, 'Query.items')).toMatchObject({ size: 20, backward: false });
  });

  it('reads backwards for last, and takes cursors of the same list as after and before together', () => {
    const request = BY_NAME.pageRequest({}, 'Query.items');
    const cursor = BY_NAME.cursorOf(ITEM, request.scope);
    expect(BY_NAME.pageRequest({ last: 5, before: cursor, after: cursor }, 'Query.items')).toMatchObject({
      size: 5,
      backward: true,
      after: ['Kilim', ITEM.id],
      before: ['Kilim', ITEM.id],
    });
  });

  it('refuses first and last together, naming last', () => {
    expect(refusal(() => BY_NAME.pageRequest({ first: 5, last: 5 }, 'Query.items'))).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'last',
    });
  });

  it('refuses a last out of 1..100, naming last', () => {
    expect(refusal(() => BY_NAME.pageRequest({ last: 0 }, 'Query.items'))).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'last' });
    expect(refusal(() => BY_NAME.pageRequest({ last: 101 }, 'Query.items'))).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'last' });
  });

  it('refuses a cursor of another list, or of the same list with another filter, naming the argument it was passed as', () => {
    const cursor = BY_NAME.cursorOf(ITEM, BY_NAME.pageRequest({}, 'Query.items').scope);
    expect(refusal(() => BY_NAME.pageRequest({ after: cursor }, 'Query.others'))).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'after',
    });
    const filtered = { before: cursor, filter: { name: 'x' } };
    expect(refusal(() => BY_NAME.pageRequest(filtered, 'Query.items'))).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'before',
    });
  });

  it("refuses a cursor of this list whose values do not fit the order's keys", () => {
    const scope = BY_NAME.pageRequest({}, 'Query.items').scope;
    expect(refusal(() => BY_NAME.pageRequest({ after: encodeCursor(scope, ['Kilim']) }, 'Query.items'))).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'after',
    });
    expect(refusal(() => BY_NAME.pageRequest({ before: encodeCursor(scope, ['Kilim', 'not-a-uuid']) }, 'Query.items'))).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'before',
    });
  });
});

describe('KeysetOrder SQL of a page', () => {
  const forwards = BY_NAME.pageRequest({}, 'Query.items');
  const cursor = BY_NAME.cursorOf(ITEM, forwards.scope);

  it('reads forwards in the order, and backwards in the reverse order', () => {
    expect(BY_NAME.orderBySql(forwards)).toBe('item.name ASC, item.id ASC');
    expect(BY_NAME.orderBySql(BY_NAME.pageRequest({ last: 3 }, 'Query.items'))).toBe('item.name DESC, item.id DESC');
    const descending = new KeysetOrder<Item>(BY_NAME.keys, 'DESC');
    expect(descending.orderBySql(descending.pageRequest({ last: 3 }, 'Query.items'))).toBe('item.name ASC, item.id ASC');
  });

  it('keeps rows after `after` and before `before`, in the order whatever the page direction', () => {
    const page = BY_NAME.pageRequest({ last: 3, after: cursor, before: cursor }, 'Query.items');
    expect(BY_NAME.pageConditions(page)).toEqual([
      {
        sql: '(item.name, item.id) > (CAST(:pageAfter0 AS text), CAST(:pageAfter1 AS uuid))',
        parameters: { pageAfter0: 'Kilim', pageAfter1: ITEM.id },
      },
      {
        sql: '(item.name, item.id) < (CAST(:pageBefore0 AS text), CAST(:pageBefore1 AS uuid))',
        parameters: { pageBefore0: 'Kilim', pageBefore1: ITEM.id },
      },
    ]);
    const descending = new KeysetOrder<Item>(BY_NAME.keys, 'DESC');
    const descendingCursor = descending.cursorOf(ITEM, descending.pageRequest({}, 'Query.items').scope);
    const conditions = descending.pageConditions(
      descending.pageRequest({ after: descendingCursor, before: descendingCursor }, 'Query.items'),
    );
    expect(conditions.map((condition) => condition.sql.split(' ')[2])).toEqual(['<', '>']);
  });
});
