import { Field, ID, InputType } from 'type-graphql';

/** An artisan and an exhibition, to register or remove the artisan as an exhibitor. */
@InputType({ description: 'An artisan and an exhibition, to register or remove the artisan as one of its exhibitors.' })
export class ExhibitorInput {
  @Field(() => ID, { description: 'The exhibition.' })
  exhibitionId: string;

  @Field(() => ID, { description: 'The artisan (an artisan of the graph).' })
  artisanId: string;
}
