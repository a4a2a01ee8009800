/**
 * `poll-trend/es`: Spanish. Import it once, anywhere in an app, and every output whose `locale` is
 * Spanish ("es-US", "es-MX", "es-ES", "es") writes Spanish words: the summary, the chart (with
 * `lang="es"`), the methods note, the table, the report and `poll-trend/dom`'s announcements, and, with
 * poll-trend/average, the average's sentences. Numbers follow the locale (es-US writes 4.2 and 48%, es-ES
 * 4,2 and 48 %). A module of its own so an English app carries no Spanish. It also gives the bundled
 * AP-NORC polls in Spanish, {@link apNorcUkraineSupportEs}.
 *
 * @example
 * import "poll-trend/es";
 * import { apNorcUkraineSupportEs } from "poll-trend/es";
 * import { summarizeTrend } from "poll-trend";
 * summarizeTrend(apNorcUkraineSupportEs, { locale: "es-US" }); // "En noviembre de 2023, el 48% …"
 * @module poll-trend/es
 */
import { registerLanguage } from "../words/index.js";
import { spanish } from "../words/spanish.js";

registerLanguage("es", spanish);

export { apNorcUkraineSupportEs } from "../data/ap-norc-ukraine-es.js";
