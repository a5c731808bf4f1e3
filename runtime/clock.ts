// A monotonic clock in milliseconds for time-outs and output ageing, read
// from process.hrtime: the global `performance` loads Node's perf_hooks
// modules (about a millisecond) at its first use, which every program
// printing anything would pay.

export function nowMs(): number {
  const t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}
