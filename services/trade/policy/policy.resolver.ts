import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { sourceIdsOf } from '../../shared/catalogue';
import { AssumedListSize, GROWING_LIST_SIZE, PublicCacheHint } from '../../shared/platform/graphql';
import { loadAll } from '../../shared/platform/loaders';
import type { TradeContext } from '../context';
import { GrowthTarget } from '../growth-target/growth-target.entity';
import { Organization, organizationReferenceTo } from '../organization/organization.type';
import { attributionsOf } from '../source/source.resolver';
import { Attribution, Source } from '../source/source.type';
import { PolicyDocument } from './policy-document.entity';
import { YearSlogan } from './year-slogan.entity';

/** Plans and policy documents for the sector: listing, owner, targets and sources. */
@Resolver(() => PolicyDocument)
export class PolicyDocumentResolver {
  @AssumedListSize(GROWING_LIST_SIZE)
  @PublicCacheHint()
  @Query(() => [PolicyDocument], {
    nullable: true,
    description: 'Plans and policy documents for the handicrafts sector that the reports tell of, by title.',
  })
  policyDocuments(@Ctx() context: TradeContext) {
    return context.dataSource.getRepository(PolicyDocument).find({ order: { title: 'ASC', id: 'ASC' } });
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The body that prepares or issued it; null when the reports do not say.',
  })
  ownerOrganization(@Root() document: PolicyDocument): Organization | null {
    return document.ownerOrganizationId ? organizationReferenceTo(document.ownerOrganizationId) : null;
  }

  @FieldResolver(() => PolicyDocument, { nullable: true, description: 'The document it is said to be in line with; null when none.' })
  inLineWith(@Root() document: PolicyDocument, @Ctx() context: TradeContext) {
    return document.inLineWithId ? context.loaders.policyDocumentById.load(document.inLineWithId) : null;
  }

  @FieldResolver(() => [GrowthTarget], { description: 'Growth targets it sets.' })
  growthTargets(@Root() document: PolicyDocument, @Ctx() context: TradeContext) {
    return context.loaders.growthTargetsByPolicyDocument.load(document.id);
  }

  @FieldResolver(() => [Attribution], { description: 'Who reported what the record rests on, in which report and words.' })
  attributions(@Root() document: PolicyDocument, @Ctx() context: TradeContext) {
    return attributionsOf(context, context.loaders.attributionsByPolicyDocument.load(document.id));
  }

  @FieldResolver(() => [Source], { description: 'Reports that tell of it.' })
  async sources(@Root() document: PolicyDocument, @Ctx() context: TradeContext) {
    return loadAll(context.loaders.sourceById, sourceIdsOf(await context.loaders.attributionsByPolicyDocument.load(document.id)));
  }
}

/** The slogans Persian solar years are named by. */
@Resolver(() => YearSlogan)
export class YearSloganResolver {
  @AssumedListSize(GROWING_LIST_SIZE)
  @PublicCacheHint()
  @Query(() => [YearSlogan], {
    nullable: true,
    description: 'The slogans solar years are named by, as the reports give them, latest year first.',
  })
  yearSlogans(@Ctx() context: TradeContext) {
    return context.dataSource.getRepository(YearSlogan).find({ order: { solarYear: 'DESC' } });
  }

  @FieldResolver(() => [Attribution], { description: 'Each report that gives the slogan, with its own wording.' })
  attributions(@Root() slogan: YearSlogan, @Ctx() context: TradeContext) {
    return attributionsOf(context, context.loaders.attributionsByYearSlogan.load(slogan.id));
  }
}
