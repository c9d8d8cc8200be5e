// Shared by the benches: run commands many times, interleaved so that machine
// noise falls on every contender alike, and report medians.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Wall time of one run of argv, in ms, and its peak RSS in MB when /usr/bin/time is there. */
export function timeCommand(argv, { env = process.env, input } = {}) {
  const useTime = existsSync('/usr/bin/time');
  const cmd = useTime ? ['/usr/bin/time', '-f', '__RSS %M', ...argv] : argv;
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { env, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  const rss = useTime ? Number(/__RSS (\d+)/.exec(r.stderr)?.[1]) / 1024 : undefined;
  return { ms, rss };
}

/** Median wall time (and peak RSS) of each command over `runs` interleaved rounds. */
export function compareCommands(commands, { runs = 15, warmup = 2, env } = {}) {
  const times = commands.map(() => []);
  const rss = commands.map(() => []);
  for (let round = -warmup; round < runs; round++) {
    commands.forEach((c, i) => {
      const r = timeCommand(c.argv, { env: c.env ?? env });
      if (round >= 0) {
        times[i].push(r.ms);
        if (r.rss !== undefined) rss[i].push(r.rss);
      }
    });
  }
  return commands.map((c, i) => ({ name: c.name, ms: median(times[i]), rss: rss[i].length ? Math.max(...rss[i]) : undefined }));
}

export function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

/** Run `fn` `runs` times in this process: the median time in ms, and the last result. */
export function timeRuns(fn, runs) {
  const ms = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), result };
}
