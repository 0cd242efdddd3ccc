import { Directive, ObjectType } from 'type-graphql';

import { CraftFields } from '../../shared/catalogue';
import { CATALOGUE_MAX_AGE, PublicCacheHint } from '../../shared/platform/graphql';

/** A craft of the catalogue. */
@Directive('@key(fields: "slug")')
@Directive('@key(fields: "id")')
@PublicCacheHint(CATALOGUE_MAX_AGE)
@ObjectType('Craft', { description: 'A handicraft discipline, such as kilim weaving or pottery.' })
export class Craft extends CraftFields {}
