import { isWhiteSpace } from '../doc/clean.js';

/** Whole lines that pages put around an article ("Share this article", "Advertisement", "Caption") rather than in it. */
const LABEL_LINE =
  /^(?:advertisement|advertising|sponsored(?: content)?|share(?: this)?(?: article| story| post)?|share on \w+|tweet|email|print|reply|like|subscribe(?: now| to [^.!?]{1,60})?|sign up(?: for [^.!?]{1,60})?|log in|sign in|read more|continue reading|related(?: articles| stories| content)?|related posts?(?:: [^.!?]{1,80})?|you (?:may|might) also (?:like|enjoy)|more|more from [^.!?]{1,60}|most (?:read|popular)|skip to (?:main )?content|accept(?: all)?(?: cookies)?|leave a comment|post (?:a )?comment|\d+ (?:comments?|likes?|shares?|restacks?)|comments?|top|latest|newest|ready for more\?|caption|close|text size|loading(?: content)?(?: ?(?:…|\.\.\.))?|filed under(?:: [^.!?]{1,80})?)[.:!]?$/i;

/** How long the article takes to read, alone or beside a date or a byline: "5 min read", "Reading time: 3 minutes". */
const READING_TIME =
  /\b(?:\d{1,3} ?(?:- ?)?min(?:ute)?s?\.? read|(?:reading|read) time)\b/i;

/** The publication promoting itself or its newsletter: "If you enjoyed this article, …", "Sign up for … in your inbox". */
const PROMOTION =
  /^(?:if you (?:enjoy(?:ed)?|lik(?:e|ed)|lov(?:e|ed)|appreciat(?:e|ed)|valu(?:e|ed)|found)\b.{0,60}?\b(?:article|story|post|piece|newsletter|content|journalism|reporting|podcast|episode)s?\b|(?:like|enjoy(?:ed)?|love[ds]?|liked) (?:this|the|our) (?:article|story|post|piece|newsletter|podcast)\?|want (?:more|to (?:read|see|get) more)\b.{0,60}\?|(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletters?|inbox|e-?mails?|updates|alerts)\b|(?:follow|like) us on\b|(?:every|each) (?:day|week|weekday|morning|evening|month)\b.{0,40}\b(?:e-?mail|newsletter|inbox)\b|(?:support|fund) (?:our|independent|quality) journalism\b|become a (?:member|subscriber|patron|supporter)\b)|\b(?:delivered|straight|sent|direct(?:ly)?) (?:to|into) your inbox\b/i;

/** A caption's credit at the end of a line: "… at the quay. (credit: Port Authority)", "… on Monday. Photo: Ana Costa/Wire". */
const CREDIT_END =
  /(?:\((?:photos?|photograph|images?|pictures?|credits?|courtesy|fotos?|bild)\b[^()]{0,80}\)|\b(?:photos?|photograph|images?|pictures?)(?: credits?)?: ?[^.!?:]{1,60}|\b(?:credits?|courtesy): ?[^.!?:]{1,60})$/i;

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:${MONTH} \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH},? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})`;
const TIME = String.raw`\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: ?[a-z]{2,4})?`;
/** A line that only dates the article: "Updated March 3rd, 2025 - 09:15 GMT", "By Ana Costa on Monday, March 3, 2025 at 9:15 a.m." */
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:first |last )?(?:published|posted|updated|modified)(?: on| at)?:? )?(?:by [^.!?|]{1,60}? (?:on |, |\| |- ))?(?:${TIME},? )?${DATE}(?:,? (?:at |- |\| )?${TIME})?(?: by [^.!?|]{1,60})?$`,
  'i',
);

/** A copyright notice: "Copyright © 2025 The Wire.", "© 2025 The Wire. All rights reserved." */
const COPYRIGHT = /^(?:copyright\b|©|ⓒ|\(c\) ?\d{4})/i;

/** A heading over a list of other stories: "More stories from The Wire", "You may also like", "Read next". */
const TEASER_HEADING =
  /^(?:(?:more|other|related|recommended|popular|trending|latest|top|further|suggested|similar|recent)\b[^.!?]{0,40}\b(?:stories|articles|news|reads|posts|reading|coverage|videos|headlines)(?: (?:from|on|about|in) [^.!?]{1,40})?|you (?:may|might) also (?:like|enjoy|be interested in)|read (?:more|next|also)|see also|also read|don[’']?t miss|most (?:read|popular|viewed|shared)|what to read next|recommended for you)[.:!]?$/i;

/** Lines longer than this are prose, whatever they start or end with. */
const PROSE_WORDS = 60;
/** A date line or a copyright notice is at most this long; a reading time stands beside a date or a byline at most. */
const DATE_LINE_WORDS = 25;
const READING_TIME_WORDS = 12;

/** True for a line of the page rather than of the article (a label, the reading time, a promotion, a credit, a date, a copyright). */
export function isFurnitureLine(line: string): boolean {
  const s = collapseSpaces(line.trim());
  if (LABEL_LINE.test(s)) return true;
  const words = wordsUpTo(s, PROSE_WORDS + 1);
  if (words <= READING_TIME_WORDS && READING_TIME.test(s)) return true;
  if (words <= DATE_LINE_WORDS && (DATE_LINE.test(withoutTrailingSeparators(s)) || COPYRIGHT.test(s))) return true;
  return words <= PROSE_WORDS && (PROMOTION.test(s) || CREDIT_END.test(s));
}

/** True for a heading over a list of other stories ("More stories from The Wire"). */
export function isTeaserHeading(line: string): boolean {
  return TEASER_HEADING.test(collapseSpaces(line.trim()));
}

/** A date line may end in the separator before a byline or a share bar the page put elsewhere: "March 3, 2025 |". */
const SEPARATORS = new Set([' ', '|', '·', ',', '-']);

function withoutTrailingSeparators(s: string): string {
  let end = s.length;
  while (end > 0 && SEPARATORS.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** White space other than single spaces. */
const LOOSE_SPACE = /[^\S ]| {2}/;

/** Runs of white space as single spaces (a line without loose space is returned as it is: most lines, at no cost). */
function collapseSpaces(s: string): string {
  return LOOSE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** For a trimmed line: whether it has more than n words between runs of white space. */
export function hasMoreWordsThan(line: string, n: number): boolean {
  return wordsUpTo(line, n + 1) > n;
}

/** For a trimmed line: how many words it has between runs of white space, counted up to `max`. */
function wordsUpTo(line: string, max: number): number {
  let words = 1;
  for (let i = 1; i < line.length && words < max; i++) {
    if (isWhiteSpace(line.charCodeAt(i)) && !isWhiteSpace(line.charCodeAt(i - 1))) words++;
  }
  return words;
}
