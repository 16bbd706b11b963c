import { runMalformedFixtures } from "./run-fixtures";

runMalformedFixtures(0, 2);
