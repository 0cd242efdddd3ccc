import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordColumns } from '../../shared/platform/database';
import { PublicCacheHint } from '../../shared/platform/graphql';

/** What kind of place a world craft designation is given to. */
export enum WorldCraftDesignationKind {
  CITY = 'CITY',
  VILLAGE = 'VILLAGE',
}

registerEnumType(WorldCraftDesignationKind, {
  name: 'WorldCraftDesignationKind',
  description: 'What kind of place a World Crafts Council designation is given to.',
  valuesConfig: {
    CITY: { description: 'A world craft city.' },
    VILLAGE: { description: 'A world craft village.' },
  },
});

/** A place in Iran that the World Crafts Council has designated a world craft city or village, registered here by name. */
@Entity({ name: 'world_craft_designation' })
@Directive('@key(fields: "id")')
@PublicCacheHint()
@ObjectType({
  description: 'A place in Iran designated a world craft city or village by the World Crafts Council, registered here by name.',
})
export class WorldCraftDesignation extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('text')
  @Field(() => WorldCraftDesignationKind, { description: 'City or village.' })
  kind: WorldCraftDesignationKind;

  @Column('text')
  @Field({ description: 'Name of the city or village.' })
  placeName: string;

  /** Resolved to `province`. */
  @Column('text')
  provinceCode: string;

  @Column('int', { nullable: true })
  @Field(() => Int, { nullable: true, description: 'Year of the designation; null when not known.' })
  designatedIn: number | null;
}
