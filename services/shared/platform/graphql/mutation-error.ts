import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

import { NOT_FOUND } from '../refusal';

/** The refusal codes of one subgraph, each with the description clients see. */
export type RefusalDescriptions<TCode extends string> = Readonly<Record<TCode, string>>;

/** A subgraph's `MutationErrorCode` values by name, NOT_FOUND included. */
export type MutationErrorCodes<TCode extends string> = { readonly [Code in TCode | typeof NOT_FOUND]: Code };

/**
 * Returns a subgraph's `MutationErrorCode` enum (its own refusals plus
 * NOT_FOUND, which every subgraph gives) and the `MutationError` type its
 * payloads carry. Each subgraph declares only the codes it can return:
 * Federation 2 composes an enum used only in output as the union of the
 * subgraphs' values, so clients see one `MutationErrorCode`.
 */
export function defineMutationErrors<TCode extends string>(refusals: RefusalDescriptions<TCode>) {
  const descriptions: Record<string, string> = { [NOT_FOUND]: 'A record named in the input does not exist.', ...refusals };
  const codes = Object.fromEntries(Object.keys(descriptions).map((code) => [code, code])) as MutationErrorCodes<TCode>;
  registerEnumType(codes, {
    name: 'MutationErrorCode',
    description: 'Why a mutation refused to act.',
    valuesConfig: Object.fromEntries(Object.entries(descriptions).map(([code, description]) => [code, { description }])) as Record<
      TCode | typeof NOT_FOUND,
      { description: string }
    >,
  });

  @Directive('@shareable')
  @ObjectType('MutationError', { description: 'Why a mutation refused to act; nothing was written.' })
  class MutationError {
    @Field(() => codes, { description: 'Stable code for programs to act on.' })
    code: TCode | typeof NOT_FOUND;

    @Field({ description: 'Explanation for people, in English.' })
    message: string;

    @Field(() => String, {
      nullable: true,
      description: 'The input field the refusal is about, when there is one (for example `courseId`).',
    })
    field: string | null;
  }

  return { MutationErrorCode: codes, MutationError };
}
