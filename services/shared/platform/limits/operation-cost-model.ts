/** A field's arguments as the estimate reads them: variables substituted, the schema's defaults filled in. */
export type CostArguments = Readonly<Record<string, unknown>>;

/** Items assumed for a list without `first`: a number, or one computed from the field's arguments. */
export type ListSize = number | ((args: CostArguments) => number);

/**
 * What `estimateOperationCost` knows of a graph's fields beyond its schema:
 * the domain's knowledge, kept out of the platform. Each subgraph passes the
 * part for the fields it serves (its `SubgraphDefinition`'s `operationCost`);
 * the gateway merges the parts (`mergeOperationCostModels`).
 */
export interface OperationCostModel {
  /** Items assumed for lists without `first`, by `Type.field`, or `Type.*` for every list of a type. */
  readonly listSizes: Readonly<Record<string, ListSize>>;
  /**
   * Points of fields that cost more than the nodes they return, by
   * `Type.field` or by the name of the type they return, charged once per
   * place the operation selects them.
   */
  readonly fieldPoints: Readonly<Record<string, number>>;
}

/** Items assumed for a list that no argument bounds and the model does not name. */
export const DEFAULT_LIST_SIZE = 5;

/**
 * Returns the union of `models`. A key two models share must have the same
 * value in both (the catalogue's fields are served by several subgraphs):
 * anything else is a mistake, thrown at start rather than estimated wrong.
 */
export function mergeOperationCostModels(...models: readonly OperationCostModel[]): OperationCostModel {
  return {
    listSizes: mergeTables(models.map((model) => model.listSizes)),
    fieldPoints: mergeTables(models.map((model) => model.fieldPoints)),
  };
}

function mergeTables<T>(tables: ReadonlyArray<Readonly<Record<string, T>>>): Readonly<Record<string, T>> {
  const merged: Record<string, T> = {};
  for (const table of tables) {
    for (const [key, value] of Object.entries(table)) {
      if (key in merged && merged[key] !== value) {
        throw new Error(`Two operation cost models disagree on ${key}.`);
      }
      merged[key] = value;
    }
  }
  return merged;
}
