import { dateRange } from '../data/validate.js';
import { DateBoundEnum, DatePrecisionEnum } from './enums.js';
import { LocalizedTextRef, PartialDateRef } from './refs.js';

PartialDateRef.implement({
  description: 'A date as precise as the article allows, stated or inferred. Read `value` with `precision` and `bound`: a DAY value with bound NOT_LATER_THAN means "on or before that day".',
  fields: (t) => ({
    value: t.exposeString('value', {
      description: 'ISO 8601 at the given precision: YYYY-MM-DD (DAY), YYYY-Www (WEEK), YYYY-MM (MONTH) or YYYY (YEAR).',
    }),
    precision: t.expose('precision', { type: DatePrecisionEnum, description: 'How precise `value` is.' }),
    bound: t.expose('bound', { type: DateBoundEnum, description: 'How the event relates to the period `value` names.' }),
    isInferred: t.exposeBoolean('isInferred', {
      description: 'True when the article does not state this date and Akhbar computed it from the text; `basis` says how.',
    }),
    basis: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description: 'For an inferred date, the reasoning from the text; for a stated one, the wording, when recorded.',
      resolve: (d) => d.basis ?? null,
    }),
    earliest: t.field({
      type: 'Date',
      description: 'The first calendar day of the period `value` names (ISO 8601 date).',
      resolve: (d) => (dateRange(d) as { first: string }).first,
    }),
    latest: t.field({
      type: 'Date',
      description: 'The last calendar day of the period `value` names (ISO 8601 date).',
      resolve: (d) => (dateRange(d) as { last: string }).last,
    }),
  }),
});
