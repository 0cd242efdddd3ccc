import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { Kind, type OperationDefinitionNode, parse, valueFromASTUntyped } from 'graphql';

/**
 * A ready example operation of `schema/examples/`: one `.graphql` file holding
 * one named operation whose variables all have defaults (or may be null), under
 * a header of comment lines:
 *
 * ```graphql
 * # Partner listing: what it shows.
 * # For: who it is for
 * # Key: none | the role of the API key it needs (and why)
 * # Any further lines: notes (defaults, paging, …)
 * ```
 */
export interface GraphqlExample {
  /** The file's name without `.graphql` (`partner-listing`). */
  readonly name: string;
  /** Before the first colon of the first line (`Partner listing`). */
  readonly title: string;
  /** After it: what the operation shows. */
  readonly description: string;
  /** The `# For:` line: the users it is written for. */
  readonly audience: string;
  /** The `# Key:` line: `none`, or the role of the key it needs and why. */
  readonly key: string;
  /** Whether it needs a key (`key` is not `none`). */
  readonly needsKey: boolean;
  /** The other header lines, in order. */
  readonly notes: readonly string[];
  /** The operation's name (`PartnerListing`). */
  readonly operationName: string;
  /** The whole file, header included: what GraphiQL loads and clients send. */
  readonly document: string;
  /** Each variable's default value, as JSON (null for a nullable variable without one). */
  readonly defaultVariables: Readonly<Record<string, unknown>>;
}

/** Thrown for an example file that does not follow the layout of `GraphqlExample`. */
export class GraphqlExampleError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
  }
}

/** Returns the examples of a folder (every `*.graphql` file in it), by file name. */
export async function readGraphqlExamples(folder: string): Promise<GraphqlExample[]> {
  const files = (await readdir(folder)).filter((file) => file.endsWith('.graphql')).sort();
  return Promise.all(files.map(async (file) => parseGraphqlExample(file, await readFile(path.join(folder, file), 'utf8'))));
}

/** Returns the example a file holds; `file` is its name, for messages and the example's `name`. */
export function parseGraphqlExample(file: string, document: string): GraphqlExample {
  const header: string[] = [];
  for (const line of document.split('\n')) {
    if (!line.startsWith('#')) {
      break;
    }
    header.push(line.replace(/^#\s?/, '').trim());
  }
  const [first = '', ...rest] = header;
  const colon = first.indexOf(':');
  if (colon <= 0) {
    throw new GraphqlExampleError(file, 'the first line must be a comment "# Title: what it shows".');
  }
  const field = (name: string): string => {
    const line = rest.find((candidate) => candidate.startsWith(`${name}:`));
    if (!line) {
      throw new GraphqlExampleError(file, `the header has no "# ${name}: …" line.`);
    }
    return line.slice(name.length + 1).trim();
  };
  const key = field('Key');

  const operations = parse(document).definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operations[0];
  if (operations.length !== 1 || !operation.name) {
    throw new GraphqlExampleError(file, 'it must hold exactly one operation, with a name.');
  }
  const defaultVariables: Record<string, unknown> = {};
  for (const variable of operation.variableDefinitions ?? []) {
    const name = variable.variable.name.value;
    if (variable.defaultValue) {
      defaultVariables[name] = valueFromASTUntyped(variable.defaultValue);
    } else if (variable.type.kind === Kind.NON_NULL_TYPE) {
      throw new GraphqlExampleError(file, `$${name} is required and has no default: give it one, so that the example runs as it is.`);
    } else {
      defaultVariables[name] = null;
    }
  }
  return {
    name: path.basename(file, '.graphql'),
    title: first.slice(0, colon).trim(),
    description: first.slice(colon + 1).trim(),
    audience: field('For'),
    key,
    needsKey: key !== 'none',
    notes: rest.filter((line) => !line.startsWith('For:') && !line.startsWith('Key:')),
    operationName: operation.name.value,
    document,
    defaultVariables,
  };
}
