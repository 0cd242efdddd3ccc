import type { GraphQLScalarType, GraphQLSchema } from 'graphql';
import { isScalarType } from 'graphql';

import { CountryCodeScalar, CraftSlugScalar, ProvinceCodeScalar } from '../../services/shared/catalogue/code-scalars';
import {
  DateScalar,
  DateTimeScalar,
  DecimalScalar,
  NonEmptyStringScalar,
  PositiveIntScalar,
} from '../../services/shared/platform/graphql/scalars';

/** The graph's own scalars, whose input rules the subgraphs share. */
const INPUT_SCALARS: readonly GraphQLScalarType[] = [
  CountryCodeScalar,
  CraftSlugScalar,
  ProvinceCodeScalar,
  DateScalar,
  DateTimeScalar,
  DecimalScalar,
  NonEmptyStringScalar,
  PositiveIntScalar,
];

/**
 * Gives the gateway's schema the input rules of the graph's own scalars. A
 * schema built from the supergraph SDL accepts any value for a custom scalar,
 * so a number given for a `ProvinceCode` variable went on to the subgraph,
 * and its refusal came back with status 200 where every other variable error
 * answers 400. With the real rules the gateway refuses it itself. Output
 * values are left as the subgraphs wrote them.
 */
export function applyInputScalarRules(schema: GraphQLSchema): void {
  for (const rules of INPUT_SCALARS) {
    const type = schema.getType(rules.name);
    if (type && isScalarType(type)) {
      const writable = type as { -readonly [Key in keyof GraphQLScalarType]: GraphQLScalarType[Key] };
      writable.parseValue = rules.parseValue;
      writable.parseLiteral = rules.parseLiteral;
    }
  }
}
