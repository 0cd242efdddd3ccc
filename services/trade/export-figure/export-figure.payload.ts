import { Field, ObjectType } from 'type-graphql';

import { MutationError } from '../mutation-error.type';
import { ExportFigure } from './export-figure.entity';

/** Result of an export figure mutation. */
@ObjectType({ description: 'Result of an export figure mutation: the figure, or why nothing was written.' })
export class ExportFigurePayload {
  @Field(() => ExportFigure, { nullable: true, description: 'The figure as saved; null when refused.' })
  figure?: ExportFigure | null;

  @Field(() => MutationError, { nullable: true, description: 'Why the mutation refused; null on success.' })
  error?: MutationError | null;
}
