/** A field's arguments as the estimate reads them: variables substituted, the schema's defaults filled in. */
export type CostArguments = Readonly<Record<string, unknown>>;

/** Items of a list computed from its field's arguments: what `@listSize` cannot say. */
export type ComputedListSize = (args: CostArguments) => number;

/** Computed list sizes by `Type.field`. */
export type ComputedListSizes = Readonly<Record<string, ComputedListSize>>;

/** A field's `@listSize` (IBM's cost specification, `https://specs.apollo.dev/cost/v0.1`). */
export interface ListSize {
  /** Items assumed when no slicing argument has a value. */
  readonly assumedSize?: number;
  /** Int arguments whose value is the number of items (the largest of those given). */
  readonly slicingArguments: readonly string[];
  /** The lists of the returned object that the slicing arguments size (a connection's `edges`); none: the field's own list. */
  readonly sizedFields: readonly string[];
}

/**
 * What `estimateOperationCost` knows of a graph's fields beyond their types:
 * read from the schema's `@cost` and `@listSize` directives
 * (`costModelFromSdl`), where each subgraph declares them on its fields.
 */
export interface OperationCostModel {
  /** `@listSize` by `Type.field`. */
  readonly listSizes: Readonly<Record<string, ListSize>>;
  /**
   * `@cost(weight:)` by `Type.field` or by type name: the points of a field,
   * or of any field returning the type, charged once per place the operation
   * selects it (on top of its nodes).
   */
  readonly weights: Readonly<Record<string, number>>;
  /** List sizes computed from the arguments, which take the place of `assumedSize`. */
  readonly computedListSizes: ComputedListSizes;
}

/** Items assumed for a list that no slicing argument bounds and no `@listSize` sizes. */
export const DEFAULT_LIST_SIZE = 5;
