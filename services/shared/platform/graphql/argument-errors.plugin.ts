import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { type ASTNode, type DocumentNode, GraphQLError, Kind, type ValueNode, visit } from 'graphql';

/** Extension set on a validation error about an argument's value, read by `formatGraphqlError`. */
export const INVALID_ARGUMENT_VALUE = 'invalidArgumentValue';

/** Where graphql-js's message about a variable's value says which part of it is wrong: `at "f.startsTo"`. */
const INSIDE_VARIABLE = /^Variable "\$\w+" got invalid value .* at "\w+((?:\.\w+|\[\d+\])+)"/;

/**
 * Names the argument in validation errors about argument values written in the
 * operation (a bad date, province code or number): adds `argumentName`, for
 * example `filter.provinceCode`, and marks the error so that `formatGraphqlError`
 * reports it as BAD_USER_INPUT rather than GRAPHQL_VALIDATION_FAILED. A bad
 * value given in a variable (already BAD_USER_INPUT) gets the `argumentName`
 * of the argument the variable is first passed to, and of the part of it
 * that is wrong.
 */
export const argumentErrorsPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async validationDidStart(requestContext) {
        return async (errors?: ReadonlyArray<Error>) => {
          if (!errors?.length) {
            return;
          }
          const argumentPaths = argumentPathsByValueNode(requestContext.document);
          // Apollo Server wraps this same array into its response after the hook.
          const mutableErrors = errors as Error[];
          mutableErrors.forEach((error, index) => {
            if (!(error instanceof GraphQLError)) {
              return;
            }
            const path = error.nodes?.map((node) => argumentPaths.get(node)).find((found) => found !== undefined);
            if (path !== undefined) {
              mutableErrors[index] = new GraphQLError(`Invalid value for "${path}": ${error.message}`, {
                nodes: error.nodes,
                originalError: error.originalError,
                extensions: { ...error.extensions, argumentName: path, [INVALID_ARGUMENT_VALUE]: true },
              });
            }
          });
        };
      },
      async didEncounterErrors({ document, errors }) {
        if (!document) {
          return;
        }
        let argumentPaths: Map<ASTNode, string> | undefined;
        for (const error of errors) {
          const [node] = error.nodes ?? [];
          if (node?.kind !== Kind.VARIABLE_DEFINITION || error.extensions.argumentName !== undefined) {
            continue;
          }
          argumentPaths ??= argumentPathsByValueNode(document);
          const name = node.variable.name.value;
          const path = [...argumentPaths].find(([value]) => value.kind === Kind.VARIABLE && value.name.value === name)?.[1];
          if (path !== undefined) {
            (error.extensions as Record<string, unknown>).argumentName = `${path}${INSIDE_VARIABLE.exec(error.message)?.[1] ?? ''}`;
          }
        }
      },
    };
  },
};

/** Maps every value node inside a field argument to its path, e.g. `filter.provinceCode`. */
function argumentPathsByValueNode(document: DocumentNode): Map<ASTNode, string> {
  const paths = new Map<ASTNode, string>();
  const record = (node: ValueNode, path: string): void => {
    paths.set(node, path);
    if (node.kind === Kind.OBJECT) {
      for (const field of node.fields) {
        record(field.value, `${path}.${field.name.value}`);
      }
    } else if (node.kind === Kind.LIST) {
      node.values.forEach((item, index) => record(item, `${path}[${index}]`));
    }
  };
  visit(document, {
    Argument(argument) {
      record(argument.value, argument.name.value);
    },
  });
  return paths;
}
