import { runMalformedFixtures } from "./run-fixtures.ts";

runMalformedFixtures(0, 2);
