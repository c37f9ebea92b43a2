// Preloaded by `npm run bench` into each `derek ingest` it runs (node -r): at exit, where the
// process's CPU time went, by thread, from /proc (Linux only; elsewhere it writes nothing).
//   main     the main thread: reading input, the skip check, the records hash, the SQLite writer
//   helpers  threads still alive at exit: V8's platform threads (concurrent GC marking and sweeping,
//            background JIT compilation) and libuv's pool
//   workers  the rest: the extraction workers, which have ended by then (Linux adds an ended
//            thread's time to its process)
// Written as JSON to the file named by DEREK_THREAD_CPU; seconds of CPU (user + system).
const fs = require('node:fs');

const out = process.env.DEREK_THREAD_CPU;
const TICK = 100; // clock ticks per second (USER_HZ; 100 on Linux)

/** utime + stime of a /proc stat line, in seconds (the fields after the ")" of the name). */
function cpuOf(stat) {
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / TICK;
}

if (out && fs.existsSync('/proc/self/task')) {
  process.on('exit', () => {
    try {
      const total = cpuOf(fs.readFileSync('/proc/self/stat', 'utf8'));
      let main = 0, helpers = 0;
      for (const tid of fs.readdirSync('/proc/self/task')) {
        let stat;
        try { stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8'); } catch { continue; } // ended meanwhile
        if (Number(tid) === process.pid) main = cpuOf(stat);
        else helpers += cpuOf(stat);
      }
      fs.writeFileSync(out, JSON.stringify({ total, main, helpers, workers: Math.max(0, total - main - helpers) }));
    } catch { /* a measurement aid: never fail the run */ }
  });
}
