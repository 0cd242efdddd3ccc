export { type ChildNodes, ChildPages, type ChildPagesSource } from './child-pages.loader';
export { type Connection, ConnectionType, PageInfo, toConnection } from './connection.type';
export { cursorScope, type CursorValue, encodeCursor } from './cursor';
export { KeysetOrder, type PageRequest, type SortKey } from './keyset-order';
export { checkPageSize, ConnectionListSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageArgs } from './page-args';
export { pageOf } from './page-of';
export { rankedIdsByParent, rankedRowsByParent } from './ranked-by-parent';
