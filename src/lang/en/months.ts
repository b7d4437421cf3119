// English month and weekday names with their abbreviations (data only). Keys are lower case;
// an abbreviation may be written with or without its final dot in a text ("Feb. 5", "Sept 2021").
// Matching is case-insensitive, except for the words in AMBIGUOUS_MONTHS, which count only
// capitalized, so that "may" (the verb) and "march" (the verb) are not read as months.
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2, febr: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Month words that are also common English words: accepted only when capitalized. */
export const AMBIGUOUS_MONTHS: readonly string[] = ['may', 'march', 'mar', 'jan', 'jun', 'sep', 'dec', 'august'];

export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
  sunday: 7, sun: 7,
};
