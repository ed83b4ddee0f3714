// The forum's list and search over 10,000 discussions at 50 connections: the app (custom server,
// route core, rate limit, validation, contract shaping) against a bare node:http + postgres
// server running the same queries (bench/bare-forum.ts), on one throwaway PostgreSQL cluster,
// in the same run. Aim: app p99 < 50 ms and app/bare throughput ≥ 0.5.
// Both keep a list's total once counted (the app until the forum changes: lib/forum/kept.ts).
// Run: npm run build && npm run bench:forum   (BENCH_SECONDS, BENCH_DISCUSSIONS to change the load;
// BENCH_EXPLAIN=1 prints the plans)
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { indexText } from '@/lib/search/tokens';
import { ROOT, freePort, startApp, startPostgres } from '../tests/harness/processes';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const DISCUSSIONS = Number(process.env.BENCH_DISCUSSIONS ?? 10_000);

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** Each connection is its own client address (the app keys anonymous rate limits by address, as behind a proxy). */
async function load(url: string, seconds = DURATION): Promise<Figures> {
  let n = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    setupClient: (client) => client.setHeaders({ 'x-forwarded-for': `10.1.${Math.floor(n / 250)}.${n++ % 250}` }),
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

// Sentences of the kind the forum holds, combined at random into posts of a few hundred characters.
const SENTENCES = [
  '面試到底要穿西裝還是休閒一點比較好？',
  '上週去了一間新創公司面試，主管問了很多系統設計的問題。',
  '薪資要怎麼談才不會吃虧，有沒有人可以分享經驗？',
  '白板題準備了兩個月，最後還是卡在動態規劃。',
  '自我介紹建議控制在一分鐘以內，重點放在跟職缺相關的經歷。',
  'Behavioral questions 可以用 STAR 的方式回答，先講情境再講行動。',
  '第一次面試外商，英文自我介紹緊張到忘詞。',
  '大家都怎麼準備 React 和 TypeScript 的技術面試？',
  '履歷上的作品集要放 GitHub 連結還是直接附上 demo 網址？',
  '面試官問我為什麼離職，我不知道該怎麼回答比較得體。',
  'PostgreSQL 的索引跟交易隔離等級被問得很深入。',
  '轉職工程師一年，分享我的學習路線和面試心得。',
  '拿到兩個 offer，一個薪水高一個成長空間大，該怎麼選？',
  '線上 coding 面試的時候可以 google 嗎？',
  '群面的時候要怎麼表現才不會太搶話又能被看見？',
];
const TAGS = ['面試穿搭', '薪資', '白板題', '自我介紹', '外商', '轉職', '新鮮人', 'React', '系統設計', '英文面試', 'offer', '履歷'];

function pick<T>(list: readonly T[], n: number, seed: number): T[] {
  return Array.from({ length: n }, (_, i) => list[(seed * 7 + i * 13) % list.length]!);
}

async function seed(url: string): Promise<void> {
  const sql = postgres(url, { max: 4, onnotice: () => {}, connection: { random_page_cost: 1.1 } });
  const [{ id: userId }] = (await sql`select id from users order by id limit 1`) as unknown as [{ id: number }];
  const authors: number[] = [userId];
  for (let i = 0; i < 49; i++) {
    const [row] =
      await sql`insert into users (account, email, password_hash, name) values (${`author${i}`}, ${`author${i}@bench.test`}, 'x', ${`作者${i}`}) returning id`;
    authors.push(row!.id as number);
  }
  const batch = 500;
  for (let start = 0; start < DISCUSSIONS; start += batch) {
    const rows = Array.from({ length: Math.min(batch, DISCUSSIONS - start) }, (_, k) => {
      const i = start + k;
      const title = `${pick(SENTENCES, 1, i)[0]!.slice(0, 18)}（${i}）`;
      // One post in forty talks about what to wear: the search below looks for it.
      const content = [...pick(SENTENCES, 6 + (i % 6), i), ...(i % 40 === 0 ? ['大家面試穿搭都怎麼準備？'] : [])].join('\n');
      const tags = [...new Set(pick(TAGS, 1 + (i % 3), i))];
      return {
        user_id: authors[i % authors.length]!,
        title,
        content,
        tags,
        favorites_count: (i * 37) % 101,
        comments_count: (i * 53) % 67,
        title_tokens: indexText(title),
        body_tokens: indexText(content, tags.join(' ')),
        created_at: new Date(Date.now() - (DISCUSSIONS - i) * 60_000),
      };
    });
    // The search vector is built as the service builds it (lib/forum/discussions.ts), from the same tokens.
    await sql`
      insert into discussions (user_id, title, content, tags, favorites_count, comments_count, search, search_title, created_at)
      select user_id, title, content, tags, favorites_count, comments_count,
             strip(to_tsvector('simple', title_tokens || ' ' || body_tokens)), strip(to_tsvector('simple', title_tokens)), created_at
      from jsonb_to_recordset(${sql.json(rows)}) as r(user_id int, title text, content text, tags text[], favorites_count int,
           comments_count int, title_tokens text, body_tokens text, created_at timestamptz)`;
  }
  await sql`vacuum analyze discussions`;
  if (process.env.BENCH_EXPLAIN) {
    const plans = [
      sql`explain analyze select d.id, u.name from discussions d join users u on u.id = d.user_id order by d.created_at desc, d.id desc limit 20`,
      sql`explain analyze select count(*) from discussions`,
      sql`explain analyze select d.id from discussions d where d.search @@ plainto_tsquery('simple', '穿搭') and not (d.search_title @@ plainto_tsquery('simple', '穿搭')) order by d.created_at desc, d.id desc limit 20`,
      sql`select pg_size_pretty(pg_total_relation_size('discussions')) as size`,
    ];
    for (const plan of plans) console.log((await plan).map((r) => Object.values(r).join(' ')).join('\n'), '\n');
  }
  await sql.end();
}

function print(name: string, f: Figures): void {
  console.log(
    `${name.padEnd(30)} ${f.rps.toFixed(0).padStart(6)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   non-2xx ${f.non2xx}   errors ${f.errors}`,
  );
}

async function main(): Promise<void> {
  const cluster = await startPostgres();
  // The limit is raised so the load is measured, not refused; the limiter still counts every request.
  const app = await startApp({
    databaseUrl: cluster.url,
    env: { SEED_DEMO: '1', RATE_LIMIT_GENERAL_PER_MIN: '100000000', LOG_LEVEL: 'error' },
  });
  const started = performance.now();
  await seed(cluster.url);
  console.log(`seeded ${DISCUSSIONS} discussions in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const barePort = await freePort();
  const bare = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['--tsconfig', 'tsconfig.server.json', 'bench/bare-forum.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: cluster.url, PORT: String(barePort) },
    stdio: 'ignore',
  });
  const bareUrl = `http://127.0.0.1:${barePort}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${bareUrl}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }

  const query = encodeURIComponent('穿搭');
  const cases = [
    { name: 'list (page 1 of 20, counts)', app: `${app.baseUrl}/api/discussions`, bare: `${bareUrl}/` },
    { name: 'list (page 50)', app: `${app.baseUrl}/api/discussions?page=50`, bare: `${bareUrl}/?page=50` },
    { name: `search "穿搭"`, app: `${app.baseUrl}/api/discussions?q=${query}`, bare: `${bareUrl}/?q=${query}` },
  ];
  try {
    console.log(
      `GET /api/discussions over ${DISCUSSIONS} discussions, ${CONNECTIONS} connections, ${DURATION} s each, PostgreSQL on loopback`,
    );
    for (const c of cases) {
      await load(c.app, 3); // warm-up: JIT, connection pools, plans
      await load(c.bare, 3);
      const appFigures = await load(c.app);
      const bareFigures = await load(c.bare);
      console.log(`\n${c.name}`);
      print('  app (API route handler)', appFigures);
      print('  bare node:http + postgres', bareFigures);
      console.log(
        `  ratio app/bare throughput: ${(appFigures.rps / bareFigures.rps).toFixed(2)} (aim ≥ 0.5); app p99 ${appFigures.p99} ms (aim < 50 ms)`,
      );
    }
  } finally {
    bare.kill('SIGTERM');
    await app.stop();
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
