import { type FieldNode, Kind, type OperationDefinitionNode, parse, print, visit } from 'graphql';

import { operationText, queryData, type TypedOperation } from './graphql-client';

/** Aliases in one request: the gateway refuses more (MAX_ALIASES). */
const ALIASES_PER_REQUEST = 30;

/**
 * Runs a typed mutation of one field and one `$input` variable once per input,
 * in as few requests as the gateway's alias limit allows (the field repeated
 * under aliases, which run in order), and returns the payloads in input order.
 *
 * The request is built from the typed document, which codegen checks like any
 * other; only the aliases and the numbered variables are added here.
 */
export async function bulkMutate<TData, TInput>(
  url: string,
  mutation: TypedOperation<TData, { input: TInput }>,
  inputs: readonly TInput[],
): Promise<Array<TData[keyof TData]>> {
  const payloads: Array<TData[keyof TData]> = [];
  for (let start = 0; start < inputs.length; start += ALIASES_PER_REQUEST) {
    payloads.push(...(await mutateInOneRequest(url, mutation, inputs.slice(start, start + ALIASES_PER_REQUEST))));
  }
  return payloads;
}

/** Runs the mutation once per input in one request, under aliases; returns the payloads in input order. */
async function mutateInOneRequest<TData, TInput>(
  url: string,
  mutation: TypedOperation<TData, { input: TInput }>,
  inputs: readonly TInput[],
): Promise<Array<TData[keyof TData]>> {
  const document = parse(operationText(mutation));
  const operation = document.definitions[0] as OperationDefinitionNode;
  const [field] = operation.selectionSet.selections as FieldNode[];
  const [definition] = operation.variableDefinitions ?? [];
  if (
    document.definitions.length !== 1 ||
    operation.operation !== 'mutation' ||
    operation.selectionSet.selections.length !== 1 ||
    operation.variableDefinitions?.length !== 1 ||
    definition.variable.name.value !== 'input'
  ) {
    throw new Error('bulkMutate takes a mutation of one field whose only variable is $input');
  }
  const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
  const bulk: OperationDefinitionNode = {
    ...operation,
    variableDefinitions: inputs.map((_, index) => ({ ...definition, variable: { ...definition.variable, name: name(`input${index}`) } })),
    selectionSet: {
      ...operation.selectionSet,
      selections: inputs.map((_, index) =>
        visit({ ...field, alias: name(`m${index}`) }, { Variable: (node) => ({ ...node, name: name(`input${index}`) }) }),
      ),
    },
  };
  const variables = Object.fromEntries(inputs.map((input, index) => [`input${index}`, input]));
  const data = await queryData<Record<string, TData[keyof TData]>>(url, print({ ...document, definitions: [bulk] }), variables);
  return inputs.map((_, index) => data[`m${index}`]);
}
