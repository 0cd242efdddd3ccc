import {
  type DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  valueFromASTUntyped,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';

import { ErrorCode } from '../../services/shared/platform/graphql/errors';

/** The longest string, in characters, a caller may give: in general, in a search filter, and in a field of prose. */
export interface StringBounds {
  /** Any string argument or input field not covered below (MAX_STRING_LENGTH). */
  readonly general: number;
  /** Strings of filter inputs (`…Filter`, `ExportSourceSelector`): matched against the data, often as a pattern (MAX_SEARCH_LENGTH). */
  readonly search: number;
  /** Input fields of prose, such as an exhibition's description (MAX_TEXT_LENGTH). */
  readonly text: number;
}

/** Input fields that hold prose, written by admins: a description may run past the general bound. */
const TEXT_FIELDS = new Set(['description', 'purpose', 'financialTerms', 'extensionTerms', 'note', 'reason']);

/** Input types whose strings select data (search terms, names to match). */
const SEARCH_INPUT = /(Filter|Selector)$/;

/**
 * Throws BAD_USER_INPUT (status 400), naming the argument as the other
 * argument errors do (`filter.search`), for the first string longer than its
 * bound in the operation's arguments, written in the document or given
 * through a variable (or a variable's default); a search term longer than a
 * page of text is not a search, and a million-character one made PostgreSQL
 * scan with it.
 */
export function checkStringLengths(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  bounds: StringBounds,
): void {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    values[name] = name in variables ? variables[name] : definition.defaultValue && valueFromASTUntyped(definition.defaultValue);
  }

  const check = (text: string, path: string, inputType: string | undefined, field: string | undefined): void => {
    const bound =
      inputType !== undefined && SEARCH_INPUT.test(inputType)
        ? bounds.search
        : field !== undefined && TEXT_FIELDS.has(field)
          ? bounds.text
          : bounds.general;
    // Counted in UTF-16 units first, which is free; in characters only when that is over.
    if (text.length > bound) {
      const characters = [...text].length;
      if (characters > bound) {
        throw new GraphQLError(`Invalid value for "${path}": at most ${bound} characters, got ${characters}.`, {
          extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: path, http: { status: 400 } },
        });
      }
    }
  };

  const checkValue = (value: unknown, type: GraphQLInputType | undefined, path: string, inputType?: string, field?: string): void => {
    if (typeof value === 'string') {
      check(value, path, inputType, field);
    } else if (Array.isArray(value)) {
      const nullable = type && getNullableType(type);
      const itemType = nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : type;
      value.forEach((item, index) => checkValue(item, itemType, `${path}[${index}]`, inputType, field));
    } else if (value !== null && typeof value === 'object') {
      const named = type && getNamedType(type);
      const fields = named && isInputObjectType(named) ? named.getFields() : undefined;
      for (const [name, item] of Object.entries(value)) {
        checkValue(item, fields?.[name]?.type, `${path}.${name}`, named?.name, name);
      }
    }
  };

  const checkNode = (node: ValueNode, type: GraphQLInputType | undefined, path: string, inputType?: string, field?: string): void => {
    switch (node.kind) {
      case Kind.STRING:
        check(node.value, path, inputType, field);
        break;
      case Kind.VARIABLE:
        checkValue(values[node.name.value], type, path, inputType, field);
        break;
      case Kind.LIST: {
        const nullable = type && getNullableType(type);
        const itemType = nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : type;
        node.values.forEach((item, index) => checkNode(item, itemType, `${path}[${index}]`, inputType, field));
        break;
      }
      case Kind.OBJECT: {
        const named = type && getNamedType(type);
        const fields = named && isInputObjectType(named) ? named.getFields() : undefined;
        for (const item of node.fields) {
          checkNode(item.value, fields?.[item.name.value]?.type, `${path}.${item.name.value}`, named?.name, item.name.value);
        }
        break;
      }
      default:
    }
  };

  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      // Variable definitions' defaults are checked where the variables are used.
      VariableDefinition: () => false,
      Argument(node) {
        checkNode(node.value, typeInfo.getArgument()?.type, node.name.value);
        return false;
      },
    }),
  );
}
