import { Directive, ObjectType } from 'type-graphql';
import { CountryFields } from '../../shared/reference';

/** A country. */
@Directive('@key(fields: "code")')
@ObjectType('Country', { description: 'A country, identified by its ISO 3166-1 alpha-2 code.' })
export class Country extends CountryFields {}
