/**
 * Edit propagation through the collaboration server, measured from a
 * writer's local Yjs update to the observer's `update` event (both clients in
 * this process, one clock). Each server runs in its own child process so the
 * clients' CPU does not count against it; Forkline runs its real process
 * entry and stores every update durably (SQLite, WAL, synchronous=FULL)
 * before broadcasting it, the reference keeps documents in memory only.
 *
 *   node --import tsx bench/collab.bench.ts [--quick] [--only=one,many,fanout]
 *
 * `--only` runs just the named scenarios: `one` (1 -> 1), `many` (50 clients),
 * `fanout` (1 -> 500 observers).
 */
import {
  type BenchClient,
  connectBenchClient,
  connectMany,
  percentile,
  sleep,
} from "./collab-clients";
import { measureCommitFloor } from "./collab-disk";
import { type BenchServer, startForkline, startReference } from "./collab-servers";

const quick = process.argv.includes("--quick");
const SCENARIOS = ["one", "many", "fanout"] as const;
const FANOUT_SETTLE_MS = 1500;
const FANOUT_WARMUP_EDITS = 3;
const onlyArg = process.argv.find((a) => a.startsWith("--only="));
const only = new Set(onlyArg ? onlyArg.slice("--only=".length).split(",") : SCENARIOS);
for (const name of only) {
  if (!(SCENARIOS as readonly string[]).includes(name)) {
    console.error(`unknown scenario ${name}; expected one of ${SCENARIOS.join(", ")}`);
    process.exit(2);
  }
}
// Every stock provider adds a process exit listener; hundreds of them are expected here.
process.setMaxListeners(0);
const ONE_TO_ONE_ROUNDS = quick ? 2 : 6;
const ONE_TO_ONE_PER_ROUND = quick ? 150 : 400;
const MANY_CLIENTS = 50;
const MANY_EDITS_PER_CLIENT_PER_S = 2;
const MANY_SECONDS = quick ? 4 : 16;
const FANOUT_OBSERVERS = 500;
const FANOUT_EDITS = quick ? 40 : 200;

const ms = (n: number) => `${n.toFixed(2)} ms`;

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** One writer types; one observer receives. One edit in flight at a time, like a person typing. */
async function oneToOneRound(
  writer: BenchClient,
  observer: BenchClient,
  samples: number,
  out: number[],
) {
  const text = writer.doc.getText("bench");
  for (let i = 0; i < samples; i++) {
    const received = new Promise<number>((resolve) => {
      const onUpdate = (_u: Uint8Array, origin: unknown) => {
        if (origin !== observer.provider) return;
        observer.doc.off("update", onUpdate);
        resolve(performance.now());
      };
      observer.doc.on("update", onUpdate);
    });
    const t0 = performance.now();
    text.insert(text.length, "x");
    out.push((await received) - t0);
    await sleep(1);
  }
}

/** 50 clients on one document, each editing twice a second at random moments; every other client observes. */
async function manyClients(server: BenchServer, seconds: number, latencies: number[]) {
  const room = await server.newRoom();
  const clients = await connectMany(server.wsUrl, room, MANY_CLIENTS);
  const sentAt = new Map<string, number>();
  clients.forEach((c) => {
    c.doc.getMap<string>("edits").observe((event) => {
      if (event.transaction.origin !== c.provider) return;
      const now = performance.now();
      for (const key of event.keysChanged) {
        const t0 = sentAt.get(event.target.get(key) as string);
        if (t0 !== undefined) latencies.push(now - t0);
      }
    });
  });
  let edits = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    clients.map(async (c, i) => {
      const map = c.doc.getMap<string>("edits");
      await sleep(Math.random() * 500);
      for (let n = 0; performance.now() < until; n++) {
        const id = `${i}:${n}`;
        sentAt.set(id, performance.now());
        map.set(`w${i}`, id);
        edits++;
        await sleep((1000 / MANY_EDITS_PER_CLIENT_PER_S) * (0.5 + Math.random()));
      }
    }),
  );
  await sleep(1000);
  for (const c of clients) c.destroy();
  return edits * (MANY_CLIENTS - 1);
}

/**
 * One writer, 500 observers: an edit goes out, all 500 must receive it before
 * the next. Measured in the steady state: 500 clients joining set off 250,000
 * awareness messages, so the edits start once that has settled, after a few
 * that are not counted.
 */
async function fanOut(server: BenchServer, edits: number, latencies: number[]) {
  const room = await server.newRoom();
  const writer = await connectBenchClient(server.wsUrl, room);
  const observers = await connectMany(server.wsUrl, room, FANOUT_OBSERVERS);
  await sleep(FANOUT_SETTLE_MS);
  let t0 = 0;
  let pending = 0;
  let counted = false;
  let done: () => void = () => {};
  for (const o of observers) {
    o.doc.on("update", (_u: Uint8Array, origin: unknown) => {
      if (origin !== o.provider) return;
      if (counted) latencies.push(performance.now() - t0);
      if (--pending === 0) done();
    });
  }
  const text = writer.doc.getText("bench");
  for (let i = -FANOUT_WARMUP_EDITS; i < edits; i++) {
    counted = i >= 0;
    pending = observers.length;
    const all = new Promise<void>((resolve) => {
      done = resolve;
    });
    t0 = performance.now();
    text.insert(text.length, "x");
    await Promise.race([all, sleep(5000)]);
    await sleep(20);
  }
  writer.destroy();
  for (const o of observers) o.destroy();
  return edits * FANOUT_OBSERVERS;
}

/** 1 -> 1, the two servers alternating in rounds so machine noise hits both alike. */
async function runOneToOne(forkline: BenchServer, reference: BenchServer) {
  const servers = [forkline, reference];
  const pairs = new Map<
    BenchServer,
    { writer: BenchClient; observer: BenchClient; samples: number[] }
  >();
  for (const s of servers) {
    const room = await s.newRoom();
    const writer = await connectBenchClient(s.wsUrl, room);
    const observer = await connectBenchClient(s.wsUrl, room);
    const warm: number[] = [];
    await oneToOneRound(writer, observer, 100, warm);
    pairs.set(s, { writer, observer, samples: [] });
  }
  for (let round = 0; round < ONE_TO_ONE_ROUNDS; round++) {
    for (const s of servers) {
      const p = pairs.get(s)!;
      await oneToOneRound(p.writer, p.observer, ONE_TO_ONE_PER_ROUND, p.samples);
    }
  }
  console.log(
    "\n1 writer -> 1 observer (target: Forkline within 1 ms of the reference at p50 and p95)",
  );
  const one = new Map(servers.map((s) => [s, summary(pairs.get(s)!.samples)]));
  for (const s of servers) {
    const r = one.get(s)!;
    console.log(
      `  ${s.name.padEnd(40)} n=${r.n}  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}`,
    );
  }
  const f = one.get(forkline)!;
  const ref = one.get(reference)!;
  console.log(
    `  difference (Forkline - reference)        p50 ${ms(f.p50 - ref.p50)}  p95 ${ms(f.p95 - ref.p95)}`,
  );
  for (const p of pairs.values()) {
    p.writer.destroy();
    p.observer.destroy();
  }
}

/** The crowd phases alternate too: two rounds per server, fresh clients each time. */
async function runMany(servers: BenchServer[]) {
  console.log(
    `\n${MANY_CLIENTS} clients on one document, each editing ${MANY_EDITS_PER_CLIENT_PER_S}/s, 2 x ${MANY_SECONDS / 2} s per server (target: Forkline p95 <= 10 ms)`,
  );
  const many = new Map(servers.map((s) => [s, { samples: [] as number[], expected: 0 }]));
  for (let round = 0; round < 2; round++) {
    for (const s of servers) {
      const m = many.get(s)!;
      m.expected += await manyClients(s, MANY_SECONDS / 2, m.samples);
    }
  }
  for (const s of servers) {
    const m = many.get(s)!;
    const r = summary(m.samples);
    console.log(
      `  ${s.name.padEnd(40)} deliveries ${r.n}/${m.expected}  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}`,
    );
  }
}

async function runFanOut(servers: BenchServer[]) {
  console.log(
    `\n1 writer -> ${FANOUT_OBSERVERS} observers, 2 x ${FANOUT_EDITS / 2} edits per server, once the joins have settled (${FANOUT_SETTLE_MS} ms, ${FANOUT_WARMUP_EDITS} edits not counted) (target: Forkline p99 <= 28 ms)`,
  );
  const fan = new Map(servers.map((s) => [s, { samples: [] as number[], expected: 0 }]));
  for (let round = 0; round < 2; round++) {
    for (const s of servers) {
      const f = fan.get(s)!;
      f.expected += await fanOut(s, FANOUT_EDITS / 2, f.samples);
    }
  }
  for (const s of servers) {
    const f = fan.get(s)!;
    const r = summary(f.samples);
    console.log(
      `  ${s.name.padEnd(40)} deliveries ${r.n}/${f.expected}  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}`,
    );
  }
}

async function main() {
  console.log(
    `collab bench: node ${process.version}, ${quick ? "quick" : "full"} run, scenarios: ${[...only].join(", ")}`,
  );
  const floor = measureCommitFloor();
  console.log(
    `durable commit floor on this disk (SQLite WAL, synchronous=FULL): p50 ${ms(floor.p50)}  p95 ${ms(floor.p95)}  p99 ${ms(floor.p99)}  max ${ms(floor.max)}`,
  );
  const forkline = await startForkline();
  const reference = await startReference();
  const servers = [forkline, reference];
  try {
    if (only.has("one")) await runOneToOne(forkline, reference);
    if (only.has("many")) await runMany(servers);
    if (only.has("fanout")) await runFanOut(servers);
  } finally {
    const log = await forkline.stop();
    await reference.stop();
    const after = measureCommitFloor();
    console.log(
      `\ndurable commit floor at the end: p50 ${ms(after.p50)}  p95 ${ms(after.p95)}  p99 ${ms(after.p99)}  max ${ms(after.max)}`,
    );
    const stats = /stored (\d+) updates in (\d+) transactions/.exec(log);
    if (stats) {
      const [updates, transactions] = [Number(stats[1]), Number(stats[2])];
      console.log(
        `\nForkline group commit: ${updates} updates stored in ${transactions} fsynced transactions (${(updates / Math.max(1, transactions)).toFixed(2)} per transaction)`,
      );
    }
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
