/** A GraphQL response as the server sent it. */
export interface GraphqlResponse<TData = Record<string, any>> {
  readonly status: number;
  readonly data?: TData | null;
  readonly errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

/** Posts an operation to a GraphQL endpoint over HTTP and returns the status and body. */
export async function postGraphql<TData = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphqlResponse<TData>, 'status'>;
  return { status: response.status, ...body };
}

/** Posts an operation and returns its data, failing on any GraphQL error. */
export async function queryData<TData = Record<string, any>>(url: string, query: string, variables?: Record<string, unknown>): Promise<TData> {
  const response = await postGraphql<TData>(url, query, variables);
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}
