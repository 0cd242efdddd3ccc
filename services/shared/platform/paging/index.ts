export { ChildPages, type ChildNodes, type ChildPagesSource } from './child-pages.loader';
export { ConnectionType, PageInfo, toConnection, type Connection } from './connection.type';
export { KeysetOrder, type CursorValue, type PageRequest, type SortKey } from './keyset-order';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageArgs } from './page-args';
export { pageOf } from './page-of';
export { rankedIdsByParent, rankedRowsByParent } from './ranked-by-parent';
