/**
 * Letting the test worker's event loop turn. Vitest's worker talks to the runner over RPC and
 * gives up on a call after 60 s (`Timeout calling "onTaskUpdate"`), even when every test passed.
 * The answer is read in the loop's poll phase, which never comes while a test runs only on
 * promises: in-process `yoga.fetch` calls settle without any I/O, so a long loop of them (the
 * fuzzing, measured: 32 s without one timer firing) starves the worker, and a busy machine
 * stretches that past 60 s (measured under load: 77 s for 1,000 fuzz cases). Long loops call
 * `turnEventLoop` now and then; a setup file calls it after every test. Synchronous waits
 * (spawnSync, execSync) block the loop the same way: tests run commands asynchronously.
 */

/** Resolves after one full turn of the event loop: timers and I/O (the RPC answers) included. */
export async function turnEventLoop(): Promise<void> {
  // One setImmediate may run in the current loop's check phase, before any I/O is read; a second,
  // queued from there, runs only in the next loop, after its timers and poll phases.
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}

/** A counter for long loops: `await every()` turns the loop once per `n` calls. */
export function turnEventLoopEvery(n: number): () => Promise<void> {
  let calls = 0;
  return async () => {
    calls += 1;
    if (calls % n === 0) await turnEventLoop();
  };
}
