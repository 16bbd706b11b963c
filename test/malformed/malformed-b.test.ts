import { runMalformedFixtures } from "./run-fixtures.ts";

runMalformedFixtures(1, 2);
