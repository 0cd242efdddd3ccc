import type { TradeContext } from '../context';

/** Finds an export figure for the gateway from its key `id`, through the request's loader. */
export const exportFigureReference = {
  __resolveReference: (reference: Record<string, unknown>, context: TradeContext) =>
    context.loaders.exportFigureById.load(String(reference.id)),
};
