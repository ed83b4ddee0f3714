// Baseline for bench/users-me.ts: a bare node:http + postgres server doing the same work as
// GET /api/v1/users/me — verify the HS256 JWT, load the live session joined with its user in one
// query, answer JSON — and nothing else (no framework, no rate limit, no validation layer).
import { createServer } from 'node:http';
import { jwtVerify } from 'jose';
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL!, { max: 10 });
const key = new TextEncoder().encode(process.env.AUTH_SECRET!);
const port = Number(process.env.PORT);

createServer(async (req, res) => {
  try {
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) throw new Error('no token');
    const { payload } = await jwtVerify(token, key, { issuer: 'codemeet', algorithms: ['HS256'] });
    const [user] = await sql`
      select u.* from auth_sessions s join users u on u.id = s.user_id
      where s.id = ${payload.sid as string} and s.generation = ${payload.gen as number}
        and s.revoked_at is null and s.expires_at > now() limit 1`;
    if (!user || String(user.id) !== payload.sub) throw new Error('no session');
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(
      JSON.stringify({
        userId: `usr_${user.id}`,
        email: user.email,
        displayName: user.name,
        preferences: user.preferences,
        opportunities: user.opportunities,
        createdAt: user.created_at,
      }),
    );
  } catch {
    res.writeHead(401).end();
  }
}).listen(port, '127.0.0.1', () => console.log(`bare server on ${port}`));
