import { Arg, type ClassType, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';

import { isUuid } from '../ids';

/** A kind of record a subgraph holds that the graph's `node(id:)` can name: its GraphQL type and its table's entity. */
export interface NodeTable {
  readonly typeName: string;
  readonly entity: ClassType;
}

/** The name of a subgraph's field that answers the types of ids (see `nodeTypesResolver`), e.g. `trainingNodeTypes`. */
export function nodeTypesFieldName(subgraphName: string): string {
  return `${subgraphName}NodeTypes`;
}

/**
 * Returns the resolver of `<subgraph>NodeTypes(ids:)`: for each id, the type
 * of the record of `tables` that has it, or null, from one SQL statement. The
 * field is `@inaccessible` (out of the API schema): only the subgraph that
 * owns `Node` asks it, to learn which type a UUID names. Each subgraph names
 * exactly the types whose own root field (`artisan(id:)`, …) answers any id,
 * so that `node(id:)` answers no more than they do.
 */
export function nodeTypesResolver(subgraphName: string, tables: readonly NodeTable[]): ClassType {
  @Resolver()
  class NodeTypesResolver {
    @Directive('@inaccessible')
    @Query(() => [String], {
      name: nodeTypesFieldName(subgraphName),
      nullable: 'items',
      description: `For the graph's \`node(id:)\`: the type of the ${subgraphName} record each id names, in order; null where none.`,
    })
    nodeTypes(
      @Arg('ids', () => [ID], { description: 'The ids to look up.' }) ids: string[],
      @Ctx() context: { readonly dataSource: DataSource },
    ): Promise<Array<string | null>> {
      return findNodeTypes(context.dataSource, tables, ids);
    }
  }
  return NodeTypesResolver;
}

/** Returns, per id in order, the type name of the record of `tables` with that id, or null. */
async function findNodeTypes(dataSource: DataSource, tables: readonly NodeTable[], ids: readonly string[]): Promise<Array<string | null>> {
  const uuids = [...new Set(ids.filter(isUuid))];
  if (uuids.length === 0) {
    return ids.map(() => null);
  }
  const branches = tables.map(
    ({ entity }, index) =>
      `SELECT id, $${index + 2}::text AS type_name FROM ${dataSource.driver.escape(dataSource.getMetadata(entity).tableName)}`,
  );
  const rows: Array<{ id: string; type_name: string }> = await dataSource.query(
    `SELECT id::text AS id, type_name FROM (${branches.join(' UNION ALL ')}) AS node WHERE id = ANY($1::uuid[])`,
    [uuids, ...tables.map((table) => table.typeName)],
  );
  const typeById = new Map(rows.map((row) => [row.id.toLowerCase(), row.type_name]));
  return ids.map((id) => typeById.get(id.toLowerCase()) ?? null);
}
