import { Directive } from 'type-graphql';

/** The identity of IBM's cost specification as Apollo Federation links it (2.9 and later). */
export const COST_SPEC_URL = 'https://specs.apollo.dev/cost/v0.1';

/** The link every subgraph makes to the cost specification: `@cost` and `@listSize` under their own names. */
export const COST_LINK = `@link(url: "${COST_SPEC_URL}", import: ["@cost", "@listSize"])`;

/**
 * Marks a field, or every field returning a type, as costing `weight` points
 * on top of the nodes it returns (`@cost`), charged once per place an
 * operation selects it: for work a page of nodes does not show (an
 * aggregate, a filtered count).
 */
export function Cost(weight: number): MethodDecorator & ClassDecorator & PropertyDecorator {
  return Directive(`@cost(weight: ${weight})`);
}

/**
 * Marks a list field that takes no page arguments as holding about `items`
 * items (`@listSize(assumedSize:)`), for the cost estimate; a list without
 * one is assumed to hold DEFAULT_LIST_SIZE.
 */
export function AssumedListSize(items: number): MethodDecorator & PropertyDecorator {
  return Directive(`@listSize(assumedSize: ${items})`);
}

/**
 * Marks a list field whose Int `slicingArguments` say how many items it
 * returns (`@listSize(slicingArguments:)`): the items of the field's own
 * list, or, with `sizedFields`, of those lists of the object it returns (a
 * connection's `edges`). The arguments' defaults count when not given; when
 * none has a value, `assumedSize` (if given) does.
 */
export function SlicedListSize(
  slicingArguments: readonly string[],
  sizedFields: readonly string[] = [],
  assumedSize?: number,
): MethodDecorator & PropertyDecorator {
  const sized = sizedFields.length > 0 ? `, sizedFields: ${JSON.stringify(sizedFields)}` : '';
  const assumed = assumedSize === undefined ? '' : `assumedSize: ${assumedSize}, `;
  return Directive(`@listSize(${assumed}slicingArguments: ${JSON.stringify(slicingArguments)}${sized}, requireOneSlicingArgument: false)`);
}

/** Items assumed for a list that is not paged and can grow (the records the reports tell of, an artisan's record). */
export const GROWING_LIST_SIZE = 20;
