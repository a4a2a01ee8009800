// Prints the bundled AP-NORC dataset as a table: `npm run example`.
import { apNorcUkraineSupport } from "poll-trend";

console.log(apNorcUkraineSupport.title);
for (const series of apNorcUkraineSupport.series) {
  console.log(`\n${series.label}`);
  console.table(series.points.map((p) => ({ field: `${p.fieldStart ?? ""} .. ${p.date}`, percent: p.value, margin: p.marginOfError ?? "", n: p.sampleSize ?? "" })));
}
