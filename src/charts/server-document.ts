import { parseHTML } from "linkedom";

/** A DOM for running chart functions at build time, where there is no window. */
export function createServerDocument(): Document {
  return parseHTML('<!doctype html><html lang="ko"><head></head><body></body></html>').document as unknown as Document;
}
