import { Directive, ObjectType } from 'type-graphql';

import { CountryFields } from '../../shared/catalogue';
import { CATALOGUE_MAX_AGE, PublicCacheHint } from '../../shared/platform/graphql';

/** A country. */
@Directive('@key(fields: "code")')
@Directive('@key(fields: "id")')
@PublicCacheHint(CATALOGUE_MAX_AGE)
@ObjectType('Country', { description: 'A country, identified by its ISO 3166-1 alpha-2 code.' })
export class Country extends CountryFields {}
