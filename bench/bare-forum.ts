// Baseline for bench/forum.ts: a bare node:http + postgres server running the same queries as
// GET /api/discussions (a page of 20 with poster and counts, and the total) and its search
// (the same tokens, tsquery and order: title matches first, then newest) — and nothing else (no framework, no rate limit, no
// validation, no contract shaping beyond the fields).
import { createServer } from 'node:http';
import postgres from 'postgres';
import { queryText } from '@/lib/search/tokens';

const sql = postgres(process.env.DATABASE_URL!, { max: 10 });
const port = Number(process.env.PORT);
// As the app does (lib/forum/totals.ts): a list's total is counted once (nothing is written during the bench).
const totals = new Map<string, number>();

createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://bare');
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const q = url.searchParams.get('q');
    const terms = q ? queryText(q) : '';
    const where = terms ? sql`where d.search @@ plainto_tsquery('simple', ${terms})` : sql``;
    const order = terms
      ? sql`ts_rank(d.search, plainto_tsquery('simple', ${terms})) desc, d.created_at desc, d.id desc`
      : sql`d.created_at desc, d.id desc`;
    const total = totals.get(terms) ?? (await sql`select count(*)::int as n from discussions d ${where}`)[0]!.n;
    totals.set(terms, total);
    const [rows] = await Promise.all([
      sql`select d.id, d.user_id, u.name, d.title, d.content, d.tags, d.favorites_count, d.comments_count, d.created_at, d.updated_at
          from discussions d join users u on u.id = d.user_id ${where} order by ${order} limit 20 offset ${(page - 1) * 20}`,
    ]);
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
