// The optional parts, as an app passes them: the poll average and poll-trend's languages.
import { averages } from "../src/entries/average.js";
import { british } from "../src/entries/en-gb.js";
import { spanish } from "../src/entries/es.js";

export { averages, british, spanish };
/** Everything poll-trend ships besides the core: what the CLI and the element carry. */
export const carried = { averages, languages: [spanish, british] } as const;
