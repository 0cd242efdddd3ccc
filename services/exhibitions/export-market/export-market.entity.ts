import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Derivation } from '../../shared/catalogue';
import { PublicCacheHint } from '../../shared/platform/graphql';

/** A group of countries that officials name together as an export target. */
export enum ExportMarketGroup {
  CASPIAN_LITTORAL = 'CASPIAN_LITTORAL',
  PERSIAN_GULF = 'PERSIAN_GULF',
}

registerEnumType(ExportMarketGroup, {
  name: 'ExportMarketGroup',
  description: 'A group of countries that officials name together as an export target.',
  valuesConfig: {
    CASPIAN_LITTORAL: { description: 'The states on the Caspian Sea other than Iran: Russia, Kazakhstan, Turkmenistan and Azerbaijan.' },
    PERSIAN_GULF: {
      description:
        'The countries on the Persian Gulf other than Iran: Iraq, Kuwait, Saudi Arabia, Bahrain, Qatar, the United Arab Emirates and Oman.',
    },
  },
});

/** How much weight a market has in the sources. */
export enum ExportMarketPriority {
  MAIN_TARGET = 'MAIN_TARGET',
  ACTIVE_MARKET = 'ACTIVE_MARKET',
}

registerEnumType(ExportMarketPriority, {
  name: 'ExportMarketPriority',
  description: 'How much weight a market has in the sources.',
  valuesConfig: {
    MAIN_TARGET: { description: 'Officials name it a main target for handicraft exports.' },
    ACTIVE_MARKET: { description: 'The sources report marketing, expected exports or exhibitions there, without naming it a main target.' },
  },
});

/** A country as a market for Iranian handicraft exports, alone or as a member of a named group; a country can be in several. */
@Entity({ name: 'export_market' })
@PublicCacheHint()
@ObjectType({
  description:
    'A country as a market for Iranian handicraft exports, as a member of a named target group or on its own; a country appears once per group and once on its own at most.',
})
export class ExportMarket {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Resolved to `country`. */
  @Column('char', { length: 2 })
  countryCode: string;

  @Column('text', { name: 'market_group', nullable: true })
  @Field(() => ExportMarketGroup, {
    nullable: true,
    description: 'The named target group this entry is about; null for a market the sources mention on its own.',
  })
  group: ExportMarketGroup | null;

  @Column('text')
  @Field(() => ExportMarketPriority, { description: 'How much weight the sources give the market.' })
  priority: ExportMarketPriority;

  @Column('jsonb', { default: () => "'[]'" })
  @Field(() => [Derivation], { description: 'Values not stated word for word by the sources: how each was derived or inferred.' })
  derivations: Derivation[];

  @Column('text')
  @Field({ description: 'Why it is a market, in the words of the sources, and what they leave unsaid.' })
  rationale: string;
}
