import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { entityByIdLoader, groupByKey } from '../../shared/platform/loaders';
import { GrowthTarget } from '../growth-target/growth-target.entity';
import { PolicyDocument } from './policy-document.entity';
import { YearSlogan } from './year-slogan.entity';

/** Per-request loaders of policy documents and years' slogans by id, and of the growth targets each document sets. */
export function createPolicyLoaders(dataSource: DataSource) {
  const targets = dataSource.getRepository(GrowthTarget);
  return {
    policyDocumentById: entityByIdLoader(dataSource.getRepository(PolicyDocument)),
    yearSloganById: entityByIdLoader(dataSource.getRepository(YearSlogan)),
    growthTargetsByPolicyDocument: new DataLoader<string, GrowthTarget[]>(async (documentIds) => {
      const rows = await targets
        .createQueryBuilder('target')
        .where('target.policy_document_id = ANY(:ids::uuid[])', { ids: [...documentIds] })
        .orderBy('target.description')
        .addOrderBy('target.id')
        .getMany();
      return groupByKey(documentIds, rows, (row) => row.policyDocumentId as string);
    }),
  };
}
