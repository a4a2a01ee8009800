// The words of a title made from series labels: the first label capitalized, and a later one lowercased
// where it begins with an answer word ("Approve and disapprove", "Aprueba y desaprueba"), so that names
// keep their capitals ("Bianco, Hilton and Porter"). Each language joins them in its own words.

/** Words that begin an answer rather than a name, in English and Spanish. */
const ANSWER =
  /^(approve|disapprove|approval|disapproval|favou?r|favou?rable|unfavou?rable|oppose|support|agree|disagree|yes|no|neither|undecided|unsure|other|somewhat|strongly|net|not|don't|right|wrong|satisfied|dissatisfied|total|aprueba|desaprueba|aprobación|desaprobación|a favor|en contra|favorable|desfavorable|sí|ninguno|ninguna|indecisos?|otros?|otras?|neta?|bien|mal|de acuerdo|en desacuerdo)(?=$|[^\p{L}])/iu;

/**
 * A text with its first letter capitalized, for a sentence's or a title's start. Georgian has no capitals
 * in running text: its letters stay as written ("სტრატეგია აღმაშენებელი", not Mtavruli "Სტრატეგია").
 */
export const capital = (text: string) => text.replace(/^[^\u10d0-\u10ff]/, (c) => c.toUpperCase());
const lower = (text: string) => `${text[0]?.toLowerCase() ?? ""}${text.slice(1)}`;

/**
 * Series labels as a title says them: empty ones left out, the first capitalized, a later one lowercased
 * only where it begins with an answer word.
 *
 * @example
 * titleWords(["approve", "Disapprove"]); // ["Approve", "disapprove"]
 * titleWords(["Bianco", "Hilton"]);      // ["Bianco", "Hilton"]
 */
export function titleWords(labels: readonly string[]): string[] {
  const named = labels.filter(Boolean);
  return named.map((label, i) => (i === 0 ? capital(label) : ANSWER.test(label) ? lower(label) : label));
}

/**
 * The title `parseCsv` gives a file without one, in English: "Approve and disapprove", "Bianco, Hilton
 * and Porter"; more than three series, "33 poll series"; none named, "Poll trend". A dataset whose title
 * is still this is titled by its labels, which an output in another language writes in its own
 * ("Aprueba y desaprueba", "33 series de encuestas").
 *
 * @example
 * titleFromLabels(["approve", "disapprove"]); // "Approve and disapprove"
 */
export function titleFromLabels(labels: readonly string[]): string {
  const words = titleWords(labels);
  if (words.length === 0) return "Poll trend";
  if (words.length > 3) return `${words.length} poll series`;
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
