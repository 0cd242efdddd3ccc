import type { ExhibitionsContext } from '../context';

/** Finds a world craft designation for the gateway from its key `id` (the graph's `node(id:)`), through the request's loader. */
export const worldCraftDesignationReference = {
  __resolveReference: (reference: Record<string, unknown>, context: ExhibitionsContext) =>
    context.loaders.designationById.load(String(reference.id)),
};
