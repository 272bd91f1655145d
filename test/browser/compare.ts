import fs from "node:fs";
import path from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { EXPLORER_SCREENSHOTS } from "./browser.js";

/** The committed reference screenshots. */
export const REFERENCES = path.resolve(import.meta.dirname, "reference");

/**
 * At most this share of the pixels may differ (beyond pixelmatch's per-pixel colour threshold and
 * its anti-aliasing detection). On one machine Chromium draws the same view byte for byte the same
 * (0 pixels differ run to run); one node moved 30 px makes 0.17% differ, one letter of a label
 * 0.02%. So 0.1%: room for a few glyphs drawn differently, none for a node moved.
 */
export const MAX_DIFF_RATIO = 0.001;

export interface Comparison {
  /** Pixels that differ. */
  diffPixels: number;
  /** Their share of all pixels. */
  ratio: number;
  /** Where this run's picture and the diff were saved (under test-output/), for a look. */
  actualFile: string;
  diffFile: string;
}

/**
 * Compares a PNG with `test/browser/reference/<name>.png`. UPDATE_SCREENSHOTS=1 writes it as the
 * new reference instead (and compares it with itself). A missing reference is an error saying so.
 */
export function compareWithReference(png: Buffer, name: string): Comparison {
  const reference = path.join(REFERENCES, `${name}.png`);
  if (process.env.UPDATE_SCREENSHOTS === "1") {
    fs.mkdirSync(REFERENCES, { recursive: true });
    fs.writeFileSync(reference, png);
  }
  if (!fs.existsSync(reference)) {
    throw new Error(
      `No reference screenshot ${reference}: run the test once with UPDATE_SCREENSHOTS=1, look at it, and commit it`,
    );
  }
  fs.mkdirSync(EXPLORER_SCREENSHOTS, { recursive: true });
  const actualFile = path.join(EXPLORER_SCREENSHOTS, `${name}.actual.png`);
  const diffFile = path.join(EXPLORER_SCREENSHOTS, `${name}.diff.png`);
  fs.writeFileSync(actualFile, png);
  const actual = PNG.sync.read(png);
  const expected = PNG.sync.read(fs.readFileSync(reference));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    throw new Error(
      `Screenshot ${name} is ${actual.width}x${actual.height}, its reference ${expected.width}x${expected.height}`,
    );
  }
  const { width, height } = actual;
  const diff = new PNG({ width, height });
  const diffPixels = pixelmatch(actual.data, expected.data, diff.data, width, height, {
    threshold: 0.1,
  });
  fs.writeFileSync(diffFile, PNG.sync.write(diff));
  return { diffPixels, ratio: diffPixels / (width * height), actualFile, diffFile };
}
