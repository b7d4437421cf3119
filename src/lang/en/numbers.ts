// English number words (data only). A compound is written tens-ones or "tens ones"
// ("twenty-five", "twenty five"); "a"/"an" count as one in time expressions ("within a month").
export const ONES: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};

export const TEENS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const HUNDREDS: Readonly<Record<string, number>> = { hundred: 100 };

/** Words that stand for one before a time unit. */
export const ARTICLES_AS_ONE: readonly string[] = ['a', 'an'];

