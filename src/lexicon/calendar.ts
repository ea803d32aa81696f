/** Names of days and months, and the words that say when, lower case. */

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Months as news abbreviates them ("Jan.", "Sept. 20"). */
export const MONTH_SHORT_FORMS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** Day and month names, which a tagger may take for names ("Monday", "August"). */
export const DAY_AND_MONTH_NAMES = new Set([...WEEKDAYS, ...MONTHS]);

/** Feasts and holidays that name a time of year ("the run-up to Christmas"), a few also towns' names (Christmas, Fla.). */
export const HOLIDAY_NAMES: ReadonlySet<string> = new Set([
  'christmas', 'easter', 'thanksgiving', 'halloween', 'hanukkah', 'passover', 'ramadan', 'diwali', 'kwanzaa', 'hogmanay',
]);

/** Nouns that head a phrase saying when: "on Monday", "last week", "this morning", "yesterday". */
export const TIME_NOUNS = new Set([
  ...WEEKDAYS, 'yesterday', 'today', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month',
  'year',
]);
