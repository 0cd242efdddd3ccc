import { type EntityManager, QueryFailedError } from 'typeorm';

import { withoutDerivationsOf } from '../../shared/catalogue';
import { assertPerformAction } from '../../shared/platform/auth';
import { BadUserInputError, optionalText, trimmedText } from '../../shared/platform/graphql';
import { isUuid } from '../../shared/platform/ids';
import { type ChildPages, type Connection, pageOf } from '../../shared/platform/paging';
import { MutationRefusal } from '../../shared/platform/refusal';
import type { TradeContext } from '../context';
import { MutationErrorCode } from '../mutation-error.type';
import { periodFromInput } from '../period/period-from-input';
import { craftDimension, type CraftOrHsCode } from '../reference/craft-code';
import { EXPORT_FIGURE_ORDERS } from './export-figure.connection';
import { ExportFigure } from './export-figure.entity';
import {
  applyExportFigureFilter,
  checkExportFigureFilter,
  type ExportFigureFilterValues,
  exportFigureFilterValues,
} from './export-figure.filter';
import type { CorrectExportFigureInput, ExportFigureListArgs, RecordExportFigureInput, SourceInput } from './export-figure.inputs';
import { refreshPreferred } from './preference';

/** Returns a page of export figures matching the filter, in the order asked for. */
export async function findExportFigures(context: TradeContext, args: ExportFigureListArgs): Promise<Connection<ExportFigure>> {
  checkExportFigureFilter(args.filter);
  const query = applyExportFigureFilter(context.dataSource.getRepository(ExportFigure).createQueryBuilder('figure'), args.filter);
  return pageOf('Query.exportFigures', query, args, EXPORT_FIGURE_ORDERS[args.orderBy], context.loaders.exportFigureById);
}

/**
 * Returns a page of the figures of one parent (a province, destination,
 * craft or source) matching the filter, from `pages`, batched with the other
 * parents of its kind in the request.
 */
export function findExportFiguresOf(
  pages: ChildPages<ExportFigure, ExportFigureFilterValues>,
  parentKey: string,
  args: ExportFigureListArgs,
): Promise<Connection<ExportFigure>> {
  checkExportFigureFilter(args.filter);
  return pages.load(parentKey, args, EXPORT_FIGURE_ORDERS[args.orderBy], exportFigureFilterValues(args.filter));
}

/** Records a new figure with its source (found or added) in one transaction, and returns it; admins only. */
export async function recordExportFigure(context: TradeContext, input: RecordExportFigureInput): Promise<ExportFigure> {
  assertPerformAction(context.viewer, 'export-figure:create');
  const period = periodFromInput('input.period', input.period);
  const craft = productDimension('input', input.craftSlug ?? null, input.hsCode ?? null);
  return context.dataSource.transaction(async (manager) => {
    const sourceId = await findOrAddSource(manager, input.source);
    const figure = await saveFigure(
      manager,
      manager.create(ExportFigure, {
        periodStartsOn: period.startsOn,
        periodEndsOn: period.endsOn,
        solarYear: period.solarYear,
        periodBasis: input.periodBasis,
        channel: input.channel,
        valueUsd: input.valueUsd,
        precision: input.precision,
        destinationCode: input.destinationCode ?? null,
        ...craft,
        provinceCode: input.provinceCode ?? null,
        sourceId,
        note: optionalText(input.note),
        derivations: [],
      }),
    );
    await refreshPreferred(manager, 'SELECT quantity_key FROM export_figure WHERE id = $1', [figure.id]);
    return manager.findOneByOrFail(ExportFigure, { id: figure.id });
  });
}

/** Applies corrections to a figure in one transaction, ranks the quantities it leaves and joins again, and returns it; admins only. */
export async function correctExportFigure(context: TradeContext, input: CorrectExportFigureInput): Promise<ExportFigure> {
  assertPerformAction(context.viewer, 'export-figure:correct');
  const period = input.period ? periodFromInput('input.period', input.period) : null;
  return context.dataSource.transaction(async (manager) => {
    const figure = isUuid(input.id)
      ? await manager
          .getRepository(ExportFigure)
          .createQueryBuilder('figure')
          .setLock('pessimistic_write')
          .where('figure.id = :id', { id: input.id })
          .getOne()
      : null;
    if (!figure) {
      throw new MutationRefusal(MutationErrorCode.NOT_FOUND, `No export figure has id ${input.id}.`, 'id');
    }
    const [{ quantity_key: previousKey }] = await manager.query('SELECT quantity_key FROM export_figure WHERE id = $1', [figure.id]);
    if (period) {
      Object.assign(figure, { periodStartsOn: period.startsOn, periodEndsOn: period.endsOn, solarYear: period.solarYear });
    }
    figure.periodBasis = input.periodBasis ?? figure.periodBasis;
    figure.channel = input.channel ?? figure.channel;
    figure.valueUsd = input.valueUsd ?? figure.valueUsd;
    figure.precision = input.precision ?? figure.precision;
    if (input.destinationCode !== undefined) {
      figure.destinationCode = input.destinationCode;
    }
    if (input.provinceCode !== undefined) {
      figure.provinceCode = input.provinceCode;
    }
    if (input.craftSlug !== undefined || input.hsCode !== undefined) {
      Object.assign(
        figure,
        productDimension(
          'input',
          input.craftSlug !== undefined ? input.craftSlug : figure.craftSlug,
          input.hsCode !== undefined ? input.hsCode : figure.hsCode,
        ),
      );
    }
    // A value just corrected is the corrector's, not a derivation from the report.
    const fieldNames: Record<string, string> = { destinationCode: 'destination', craftSlug: 'craft', provinceCode: 'province' };
    const changed = Object.keys(input).filter((field) => field !== 'id' && input[field as keyof CorrectExportFigureInput] !== undefined);
    figure.derivations = withoutDerivationsOf(
      figure.derivations,
      changed.map((field) => fieldNames[field] ?? field),
    );
    if (input.note !== undefined) {
      figure.note = optionalText(input.note);
    }
    await saveFigure(manager, figure);
    await refreshPreferred(manager, 'SELECT unnest($1::uuid[]) UNION SELECT quantity_key FROM export_figure WHERE id = $2', [
      [previousKey],
      figure.id,
    ]);
    return manager.findOneByOrFail(ExportFigure, { id: figure.id });
  });
}

/** Saves a figure, refusing when its source already has another figure for the same quantity. */
async function saveFigure(manager: EntityManager, figure: ExportFigure): Promise<ExportFigure> {
  try {
    return await manager.save(figure);
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
      throw new MutationRefusal(
        MutationErrorCode.FIGURE_ALREADY_RECORDED,
        'This source already has a figure for the same period, channel, destination, craft and province; correct that figure instead.',
        'source',
      );
    }
    throw error;
  }
}

/** Returns the id of the source with this publisher, title and date, adding it when new. */
async function findOrAddSource(manager: EntityManager, input: SourceInput): Promise<string> {
  const title = trimmedText('input.source.title', input.title);
  const publisher = trimmedText('input.source.publisher', input.publisher);
  const publishedOn = input.publishedOn ?? null;
  await manager.query('INSERT INTO source (title, publisher, published_on, url) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
    title,
    publisher,
    publishedOn,
    optionalText(input.url),
  ]);
  const [{ id }] = await manager.query(
    'SELECT id FROM source WHERE publisher = $1 AND title = $2 AND published_on IS NOT DISTINCT FROM $3',
    [publisher, title, publishedOn],
  );
  return id;
}

/** Returns the product dimension of an input's `craftSlug` and `hsCode`; throws BAD_USER_INPUT naming `hsCode` when the code is not one (see `craftDimension`). */
function productDimension(prefix: string, craftSlug: string | null, hsCode: string | null): CraftOrHsCode {
  const dimension = craftDimension(craftSlug, hsCode);
  if ('problem' in dimension) {
    throw new BadUserInputError(`${prefix}.hsCode`, dimension.problem);
  }
  return dimension;
}
