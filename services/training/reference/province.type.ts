import { Directive, ObjectType } from 'type-graphql';

import { ProvinceFields } from '../../shared/catalogue';
import { CATALOGUE_MAX_AGE, PublicCacheHint } from '../../shared/platform/graphql';

/** A province, with the training subgraph's fields (courses, artisans). */
@Directive('@key(fields: "code")')
@Directive('@key(fields: "id")')
@PublicCacheHint(CATALOGUE_MAX_AGE)
@ObjectType('Province', { description: 'One of the 31 provinces of Iran.' })
export class Province extends ProvinceFields {}
