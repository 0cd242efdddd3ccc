const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns whether `id` has the form of the UUIDs this graph uses as ids; other strings can name nothing. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
