import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { type DocumentNode, Kind, print } from 'graphql';

import { type Endpoint, targetOf } from './access';

/**
 * An operation typed by `npm run codegen`, checked against schema/api.graphql,
 * carrying the types of its data and its variables: `graphql(\`...\`)` from
 * test/generated (the operation's text), or an example's document from
 * clients/typed (`PartnerListingDocument`, a TypedDocumentNode).
 */
export type TypedOperation<TData, TVariables> = DocumentTypeDecoration<TData, TVariables> & { toString(): string };

/** Any typed operation, whatever its data and variables. */
type AnyOperation = TypedOperation<unknown, never>;

/** A GraphQL error as the server sent it. */
export interface GraphqlError {
  readonly message: string;
  readonly path?: ReadonlyArray<string | number>;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** Where the caller's budget of cost points stands, as the gateway reports it in every response (`extensions.rateLimit`). */
export interface RateLimitReport {
  readonly limit: number;
  readonly cost: number;
  readonly remaining: number;
  readonly resetAt: string;
}

/** What the gateway says of an operation's cost in every response (`extensions.cost`). */
export interface CostReport {
  readonly estimated: number | null;
  readonly charged: number;
}

/** A GraphQL response as the server sent it, with the HTTP status and headers. */
export interface GraphqlResponse<TData> {
  readonly status: number;
  readonly headers: Headers;
  readonly data?: TData | null;
  readonly errors?: readonly GraphqlError[];
  readonly extensions?: { readonly rateLimit?: RateLimitReport; readonly cost?: CostReport } & Readonly<Record<string, unknown>>;
}

/** The variables argument: optional when the operation has no required variables. */
// `{}` here: any variables object, required fields or not, fits it exactly when none is required.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type VariablesArgument<TVariables> = {} extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/**
 * Posts an operation to a GraphQL endpoint over HTTP and returns the status,
 * headers and body. Typed operations type the variables and the data; a plain
 * string is for operations codegen cannot check: deliberately invalid ones, and
 * those sent straight to a subgraph (`_entities`), whose data type the caller
 * states (`unknown` otherwise).
 */
export async function postGraphql<TData = unknown>(
  endpoint: Endpoint,
  operation: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlResponse<TData>>;
export async function postGraphql<TData, TVariables>(
  endpoint: Endpoint,
  operation: TypedOperation<TData, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<GraphqlResponse<TData>>;
export async function postGraphql(
  endpoint: Endpoint,
  operation: AnyOperation | string,
  variables?: unknown,
): Promise<GraphqlResponse<unknown>> {
  const { url, headers, headersFor } = targetOf(endpoint);
  const query = operationText(operation);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers, ...headersFor?.(query, variables) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Pick<GraphqlResponse<unknown>, 'data' | 'errors' | 'extensions'>;
  return { status: response.status, headers: response.headers, ...body };
}

/** Posts an operation and returns its data, failing on any GraphQL error. */
export async function queryData<TData = unknown>(
  endpoint: Endpoint,
  operation: string,
  variables?: Record<string, unknown>,
): Promise<TData>;
export async function queryData<TData, TVariables>(
  endpoint: Endpoint,
  operation: TypedOperation<TData, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<TData>;
export async function queryData(
  endpoint: Endpoint,
  operation: AnyOperation | string,
  variables?: Record<string, unknown>,
): Promise<unknown> {
  const response = await postGraphql(endpoint, operationText(operation), variables);
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** Returns the text of an operation; a document that codegen has not generated yet is a clear error rather than a request. */
export function operationText(operation: TypedOperation<unknown, never> | string): string {
  if (isDocumentNode(operation)) {
    return print(operation);
  }
  // graphql() answers `{}` for a text it has no generated document for.
  if (typeof operation !== 'string' && !(operation instanceof String)) {
    throw new Error('An operation has no generated document: run `npm run codegen` after changing an operation in a test.');
  }
  return operation.toString();
}

function isDocumentNode(operation: unknown): operation is DocumentNode {
  return typeof operation === 'object' && operation !== null && (operation as { kind?: unknown }).kind === Kind.DOCUMENT;
}
