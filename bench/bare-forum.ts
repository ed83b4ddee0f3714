// Baseline for bench/forum.ts: a bare node:http + postgres server running the same queries as
// GET /api/discussions (a page of 20 with poster and counts, and the total) and its search
// (the same tokens and tsquery, title matches first, then newest, as two queries) — and nothing else (no framework, no rate limit, no
// validation, no contract shaping beyond the fields).
import { createServer } from 'node:http';
import postgres from 'postgres';
import { queryText } from '@/lib/search/tokens';

// The planner settings the app's sessions get (lib/env.ts DATABASE_RANDOM_PAGE_COST): the same plans on both sides.
const sql = postgres(process.env.DATABASE_URL!, { max: 10, connection: { random_page_cost: 1.1 } });
const port = Number(process.env.PORT);
// As the app does (lib/forum/kept.ts): a list's totals are counted once (nothing is written during the bench).
const totals = new Map<string, number>();

const columns = sql`d.id, d.user_id, u.name, d.title, d.content, d.tags, d.favorites_count, d.comments_count, d.created_at, d.updated_at`;
const newest = sql`order by d.created_at desc, d.id desc`;

async function counted(key: string, where: postgres.PendingQuery<postgres.Row[]>): Promise<number> {
  const known = totals.get(key);
  if (known !== undefined) return known;
  const [row] = await sql`select count(*)::int as n from discussions d ${where}`;
  totals.set(key, row!.n as number);
  return row!.n as number;
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://bare');
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const offset = (page - 1) * 20;
    const q = url.searchParams.get('q');
    const terms = q ? queryText(q) : '';
    let rows;
    let total: number;
    if (!terms) {
      [rows, total] = await Promise.all([
        sql`select ${columns} from discussions d join users u on u.id = d.user_id ${newest} limit 20 offset ${offset}`,
        counted('', sql``),
      ]);
    } else {
      // Title matches first, then the rest, each newest first: the app's two queries.
      const inTitle = sql`where d.search_title @@ plainto_tsquery('simple', ${terms})`;
      const elsewhere = sql`where d.search @@ plainto_tsquery('simple', ${terms}) and not (d.search_title @@ plainto_tsquery('simple', ${terms}))`;
      const [titleTotal, all] = await Promise.all([
        counted(`title:${terms}`, inTitle),
        counted(`all:${terms}`, sql`where d.search @@ plainto_tsquery('simple', ${terms})`),
      ]);
      const fromTitles = Math.max(0, Math.min(20, titleTotal - offset));
      const [titled, others] = await Promise.all([
        fromTitles > 0
          ? sql`select ${columns} from discussions d join users u on u.id = d.user_id ${inTitle} ${newest} limit ${fromTitles} offset ${offset}`
          : [],
        sql`select ${columns} from discussions d join users u on u.id = d.user_id ${elsewhere} ${newest} limit ${20 - fromTitles} offset ${Math.max(0, offset - titleTotal)}`,
      ]);
      rows = [...titled, ...others];
      total = all;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', 'X-Total-Count': String(total) });
    res.end(
      JSON.stringify(
        rows.map((d) => ({
          discussion_id: d.id,
          poster: d.name,
          poster_id: d.user_id,
          posting_time: d.created_at,
          updated_at: d.updated_at,
          title: d.title,
          content: d.content,
          favorites: d.favorites_count,
          comments: d.comments_count,
          tags: d.tags,
        })),
      ),
    );
  } catch {
    res.writeHead(500).end();
  }
}).listen(port, '127.0.0.1', () => console.log(`bare forum server on ${port}`));
