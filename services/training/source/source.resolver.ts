import type DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { type AttributionRow, attributionsFrom, sourceIdsOf } from '../../shared/catalogue';
import { AssumedListSize, GROWING_LIST_SIZE } from '../../shared/platform/graphql';
import { loadAll } from '../../shared/platform/loaders';
import { Agreement } from '../agreement/agreement.entity';
import type { TrainingContext } from '../context';
import { Course } from '../course/course.entity';
import { OfficialVisit } from '../official-visit/official-visit.entity';
import { Organization } from '../organization/organization.entity';
import { TrainingCentre } from '../training-centre/training-centre.entity';
import { SourceFacts } from './source.type';

/** Returns the sources that the attribution rows of a record cite, oldest report first. */
export async function sourcesOf(context: TrainingContext, rows: Promise<AttributionRow[]>) {
  return loadAll(context.loaders.sourceById, sourceIdsOf(await rows));
}

/** Returns the attributions of a record from its attribution rows, speakers' organisations loaded. */
export async function attributionsOf(context: TrainingContext, rows: Promise<AttributionRow[]>) {
  return attributionsFrom(await rows, context.loaders.sourceById, (id) => context.loaders.organizationById.load(id));
}

async function loadCiting<TRecord>(ids: DataLoader<string, string[]>, byId: DataLoader<string, TRecord | null>, sourceId: string) {
  return loadAll(byId, await ids.load(sourceId));
}

/** The training records that cite a source. */
@Resolver(() => SourceFacts)
export class SourceFactsResolver {
  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [Organization], {
    nullable: true,
    description:
      'Organisations the source names. Null when the training subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  organizations(@Root() facts: SourceFacts, @Ctx() context: TrainingContext) {
    return loadCiting(context.loaders.organizationIdsBySource, context.loaders.organizationById, facts.sourceId);
  }

  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [Agreement], {
    nullable: true,
    description:
      'Agreements, signed or proposed, that rest on the source. Null when the training subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  agreements(@Root() facts: SourceFacts, @Ctx() context: TrainingContext) {
    return loadCiting(context.loaders.agreementIdsBySource, context.loaders.agreementById, facts.sourceId);
  }

  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [Course], {
    nullable: true,
    description:
      'Courses that rest on the source. Null when the training subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  courses(@Root() facts: SourceFacts, @Ctx() context: TrainingContext) {
    return loadCiting(context.loaders.courseIdsBySource, context.loaders.courseById, facts.sourceId);
  }

  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [TrainingCentre], {
    nullable: true,
    description:
      'Training centres and skills hubs that rest on the source. Null when the training subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  trainingCentres(@Root() facts: SourceFacts, @Ctx() context: TrainingContext) {
    return loadCiting(context.loaders.trainingCentreIdsBySource, context.loaders.trainingCentreById, facts.sourceId);
  }

  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [OfficialVisit], {
    nullable: true,
    description:
      'Official visits and talks that rest on the source. Null when the training subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  officialVisits(@Root() facts: SourceFacts, @Ctx() context: TrainingContext) {
    return loadCiting(context.loaders.officialVisitIdsBySource, context.loaders.officialVisitById, facts.sourceId);
  }
}
