import { runMalformedFixtures } from "./run-fixtures";

runMalformedFixtures(1, 2);
