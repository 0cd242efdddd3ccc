import 'reflect-metadata';

import { toConnection } from './connection.type';
import { KeysetOrder } from './keyset-order';

const BY_NUMBER = new KeysetOrder<{ n: number }>([{ sql: 'n', type: 'int', valueOf: (node) => node.n }]);
const nodes = (...numbers: number[]) => numbers.map((n) => ({ n }));
const countAll = () => Promise.resolve(10);

describe('toConnection', () => {
  const cursorOf = (n: number) => BY_NUMBER.cursorOf({ n }, BY_NUMBER.pageRequest({}, 'Query.numbers').scope);

  it('returns a forward page in order, with hasNextPage from the extra node and hasPreviousPage from `after`', () => {
    const first = toConnection(nodes(1, 2, 3), BY_NUMBER.pageRequest({ first: 2 }, 'Query.numbers'), BY_NUMBER, countAll);
    expect(first.edges.map((edge) => edge.node.n)).toEqual([1, 2]);
    expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: cursorOf(1), endCursor: cursorOf(2) });
    const next = toConnection(nodes(3), BY_NUMBER.pageRequest({ first: 2, after: cursorOf(2) }, 'Query.numbers'), BY_NUMBER, countAll);
    expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('returns a backward page (nodes read in reverse) in list order, with hasPreviousPage from the extra node and hasNextPage from `before`', () => {
    const last = toConnection(nodes(10, 9, 8), BY_NUMBER.pageRequest({ last: 2 }, 'Query.numbers'), BY_NUMBER, countAll);
    expect(last.edges.map((edge) => edge.node.n)).toEqual([9, 10]);
    expect(last.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: cursorOf(9), endCursor: cursorOf(10) });
    const before = toConnection(nodes(2, 1), BY_NUMBER.pageRequest({ last: 2, before: cursorOf(3) }, 'Query.numbers'), BY_NUMBER, countAll);
    expect(before.edges.map((edge) => edge.node.n)).toEqual([1, 2]);
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('returns an empty page with null cursors', () => {
    const empty = toConnection([], BY_NUMBER.pageRequest({ last: 2 }, 'Query.numbers'), BY_NUMBER, countAll);
    expect(empty.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
