// Every test runs as an app that imported "poll-trend/average" does.
import "../src/average/index.js";
