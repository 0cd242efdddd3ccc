import { queryData } from './graphql-client';

/**
 * Runs one mutation per item in a single request (aliased fields, executed in
 * order) and returns the payloads in item order.
 */
export async function bulkMutate(url: string, field: string, inputType: string, inputs: ReadonlyArray<Record<string, unknown>>, selection: string): Promise<any[]> {
  const variables = Object.fromEntries(inputs.map((input, index) => [`input${index}`, input]));
  const definitions = inputs.map((_, index) => `$input${index}: ${inputType}!`).join(', ');
  const fields = inputs.map((_, index) => `m${index}: ${field}(input: $input${index}) ${selection}`).join('\n');
  const data = await queryData(url, `mutation(${definitions}) {\n${fields}\n}`, variables);
  return inputs.map((_, index) => data[`m${index}`]);
}
