/* Documents that are not agreements: each must fail to type-check against
 * the generated types (tsc --strict --noEmit), which the @ts-expect-error
 * before it asserts; the first is the smallest valid agreement, which must
 * pass. Written by hand; .ci/frontend checks it with types/examples.ts. */

import type { Agreement } from './agreement';

export const smallest: Agreement = { status: 'draft', languages: ['en'] };

export const wrong: unknown[] = [
  // @ts-expect-error a status that is neither draft nor final
  { status: 'signed', languages: ['en'] } satisfies Agreement,
  // @ts-expect-error no languages: required
  { status: 'draft' } satisfies Agreement,
  // @ts-expect-error an empty list of languages: at least one
  { status: 'draft', languages: [] } satisfies Agreement,
  // @ts-expect-error a language other than the four
  { status: 'draft', languages: ['fi'] } satisfies Agreement,
  // @ts-expect-error an unknown property
  { status: 'draft', languages: ['en'], signedBy: 'Anna' } satisfies Agreement,
  // @ts-expect-error a free text in a language other than the four
  { status: 'draft', languages: ['en'], title: { fi: 'Sopimus' } } satisfies Agreement,
  // @ts-expect-error an organisation number without its value
  { status: 'draft', languages: ['en'], processor: { orgId: { scheme: 'se-orgnr' } } } satisfies Agreement,
  // @ts-expect-error a register that is not one of the four
  { status: 'draft', languages: ['en'], processor: { orgId: { scheme: 'se', value: '5560360793' } } } satisfies Agreement,
  // @ts-expect-error a country code that is not ISO 3166-1
  { status: 'draft', languages: ['en'], clauses: { governingLaw: 'XX' } } satisfies Agreement,
  // @ts-expect-error an amount as a number rather than a decimal string
  { status: 'draft', languages: ['en'], clauses: { assistance: { fee: { amount: 950, currency: 'SEK' }, per: 'hours' } } } satisfies Agreement,
  // @ts-expect-error a period without its unit
  { status: 'draft', languages: ['en'], clauses: { unlawfulInstruction: { notifyWithin: { value: 2 } } } } satisfies Agreement,
  // @ts-expect-error a single controller rather than a list
  { status: 'draft', languages: ['en'], controllers: { name: 'Region' } } satisfies Agreement,
];
