/**
 * Image shards (src/downloads/image-shard.ts): what IMAGE_SHARD and --shard accept, and that
 * every image belongs to exactly one shard of n.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inShard, parseShard, shardOf } from "../../src/downloads/image-shard.ts";

describe("parseShard", () => {
  it("accepts i/n with 1 ≤ i ≤ n", () => {
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    expect(parseShard("1/1")).toEqual({ index: 1, count: 1 });
    expect(parseShard("3/3")).toEqual({ index: 3, count: 3 });
  });

  it("refuses anything else with one message", () => {
    for (const text of ["0/3", "4/3", "x/y", "2/0", "", "2", "2/3/4", "-1/3", "1.5/3", "2 / 3"]) {
      expect(parseShard(text), text).toEqual(
        new Error(`expected i/n, whole numbers with 1 ≤ i ≤ n (e.g. 2/3), not "${text}"`),
      );
    }
  });
});

describe("shardOf (IMAGE_SHARD)", () => {
  it("is null when unset or empty, the shard when set, and throws on a malformed value", () => {
    expect(shardOf({})).toBeNull();
    expect(shardOf({ IMAGE_SHARD: "" })).toBeNull();
    expect(shardOf({ IMAGE_SHARD: "1/2" })).toEqual({ index: 1, count: 2 });
    expect(() => shardOf({ IMAGE_SHARD: "3/2" })).toThrow(
      'invalid IMAGE_SHARD: expected i/n, whole numbers with 1 ≤ i ≤ n (e.g. 2/3), not "3/2"',
    );
  });
});

describe("inShard", () => {
  const keys = Array.from({ length: 3_000 }, () => randomBytes(32).toString("hex"));

  it("puts every key in exactly one of n shards", () => {
    for (const count of [1, 2, 3, 7]) {
      for (const key of keys) {
        const shards = Array.from({ length: count }, (_, i) => i + 1).filter((index) => inShard(key, { index, count }));
        expect(shards, `${key} of ${count}`).toHaveLength(1);
      }
    }
  });

  it("spreads keys evenly over the shards", () => {
    for (const count of [2, 3, 7]) {
      for (let index = 1; index <= count; index++) {
        const share = keys.filter((key) => inShard(key, { index, count })).length / keys.length;
        expect(share).toBeGreaterThan((1 / count) * 0.8);
        expect(share).toBeLessThan((1 / count) * 1.2);
      }
    }
  });

  it("decides by the key's first 8 hex digits", () => {
    expect(inShard(`00000003${"f".repeat(56)}`, { index: 1, count: 3 })).toBe(true);
    expect(inShard(`00000004${"0".repeat(56)}`, { index: 2, count: 3 })).toBe(true);
    expect(inShard(`ffffffff${"0".repeat(56)}`, { index: 1, count: 3 })).toBe(true); // 4294967295 = 3 × 1431655765
  });
});
