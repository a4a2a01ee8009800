/**
 * `poll-trend/es`: Spanish. Pass `spanish` in the `languages` of any output, and a Spanish `locale`
 * ("es-US", "es-MX", "es-ES", "es") writes Spanish words: the summary, the chart (with `lang="es"`), the
 * methods note, the table, the report, `poll-trend/dom`'s announcements and the average's sentences.
 * Numbers follow the locale (es-US writes 4.2 and 48%, es-ES 4,2 and 48 %). A module of its own so an
 * English app carries no Spanish; a Spanish locale without it is a `PollDataError` naming this import,
 * never silently English. It also gives the bundled AP-NORC polls in Spanish, {@link apNorcUkraineSupportEs}.
 *
 * @example
 * import { apNorcUkraineSupportEs, spanish } from "poll-trend/es";
 * import { summarizeTrend } from "poll-trend";
 * summarizeTrend(apNorcUkraineSupportEs, { locale: "es-US", languages: [spanish] });
 * // "En noviembre de 2023, el 48% …"
 * @module poll-trend/es
 */
export { apNorcUkraineSupportEs } from "../data/ap-norc-ukraine-es.js";
export { spanish } from "../language/spanish.js";
