const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns whether `id` has the form of the UUIDs this graph uses as ids; other strings can name nothing. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** A record's type and its natural key, as a typed id names them. */
export interface TypedIdParts {
  readonly typeName: string;
  readonly key: string;
}

const TYPED_ID = /^([A-Z][A-Za-z]*):(.+)$/;

/**
 * Returns the global id of a record that has no UUID but a natural key of its
 * own (a country's code, a craft's slug): `Country:IR`. Clients treat it as
 * opaque; the graph decodes it without asking any subgraph.
 */
export function typedId(typeName: string, key: string): string {
  return `${typeName}:${key}`;
}

/** Returns the type and key a typed id (see `typedId`) names, or undefined for a string of another form. */
export function parseTypedId(id: string): TypedIdParts | undefined {
  const match = TYPED_ID.exec(id);
  return match ? { typeName: match[1], key: match[2] } : undefined;
}
