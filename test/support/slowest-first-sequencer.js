/**
 * Jest's order of test files: the slowest first, so that no long file starts
 * last and runs alone while the other workers wait. Jest's own sequencer does
 * this from the durations it cached on the last run; a fresh checkout (CI) has
 * none and falls back to file size, which put the two slowest files near the
 * end. Here a file without a cached duration takes the one its first lines
 * state as `@durationSeconds N` (measured on the two-core machine the docs
 * name), and files with neither come last, largest first.
 */
const { readFileSync, statSync } = require('node:fs');

const Sequencer = require('@jest/test-sequencer').default;

const STATED_DURATION = /@durationSeconds (\d+)/;

class SlowestFirstSequencer extends Sequencer {
  sort(tests) {
    const failed = new Set(tests.filter((test) => this.hasFailed(test)));
    const seconds = new Map(tests.map((test) => [test, durationSeconds(this.time(test), test.path)]));
    return [...tests].sort(
      (a, b) =>
        Number(failed.has(b)) - Number(failed.has(a)) ||
        (seconds.get(b) ?? -1) - (seconds.get(a) ?? -1) ||
        statSync(b.path).size - statSync(a.path).size,
    );
  }
}

/** Returns the cached duration in seconds, else the one the file states, else undefined. */
function durationSeconds(cachedMilliseconds, testPath) {
  if (cachedMilliseconds != null) {
    return cachedMilliseconds / 1000;
  }
  const stated = STATED_DURATION.exec(readFileSync(testPath, 'utf8').slice(0, 600));
  return stated ? Number(stated[1]) : undefined;
}

module.exports = SlowestFirstSequencer;
