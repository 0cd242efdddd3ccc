import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { runMutation } from '../../shared/platform/graphql';
import type { ExhibitionsContext } from '../context';
import { ExhibitorInput } from './exhibitor.inputs';
import { ExhibitorPayload } from './exhibitor.payload';
import { registerExhibitor, removeExhibitor } from './exhibitor.service';

/** Registering artisans as exhibitors, and removing them. */
@Resolver()
export class ExhibitorResolver {
  @Mutation(() => ExhibitorPayload, {
    nullable: true,
    description:
      "Registers an artisan as an exhibitor. Refuses an artisan the graph does not know, a second registration, and an exhibition that has ended or is cancelled. Admins, and partners for their organisation's exhibitions, for artisans they can already see (any other artisan is refused as NOT_FOUND).",
  })
  registerExhibitor(
    @Arg('input', () => ExhibitorInput, { description: 'What to write.' }) input: ExhibitorInput,
    @Ctx() context: ExhibitionsContext,
  ) {
    return runMutation(context.loaders, () => registerExhibitor(context, input));
  }

  @Mutation(() => ExhibitorPayload, {
    nullable: true,
    description:
      "Removes an artisan from the exhibitors. Refuses an artisan who is not registered, and an exhibition that has ended or is cancelled. Admins, and partners for their organisation's exhibitions.",
  })
  removeExhibitor(
    @Arg('input', () => ExhibitorInput, { description: 'What to write.' }) input: ExhibitorInput,
    @Ctx() context: ExhibitionsContext,
  ) {
    return runMutation(context.loaders, () => removeExhibitor(context, input));
  }
}
