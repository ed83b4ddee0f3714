import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl, call, newUser, uniqueName, type CallOptions, type TestUser } from './client';

/** The text of a PDF, as poppler's pdftotext reads it (Debian poppler-utils). */
function pdfText(bytes: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'codemeet-pdf-')), 'resume.pdf');
  fs.writeFileSync(file, bytes);
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** Calls as a user with the ai-interview contract's `token` header. */
const as =
  (user: TestUser) =>
  <T = Record<string, unknown>>(path: string, options: CallOptions = {}) =>
    call<T>(path, { ...options, token: user.accessToken, tokenHeader: true });

const idOf = (user: TestUser) => Number(user.userId.replace('usr_', ''));

async function postDiscussion(user: TestUser, body: Record<string, unknown>): Promise<number> {
  const reply = await as(user)<{ discussion_id: number }>('/api/discussions', { body });
  expect(reply).toMatchObject({ status: 200, body: { message: '新增成功' } });
  return reply.body.discussion_id;
}

const EXPERIENCE = {
  company: '鼎新',
  position: '開發工程師',
  interview_date: '2023/06/30',
  interview_sharing: '一面是白板題，二面聊專案。',
  interview_result: '已錄取',
  interview_difficulty: '中等',
  interview_question: ['為何選擇我們公司', '希望待遇?'],
};

async function shareExperience(user: TestUser, body: Record<string, unknown> = {}): Promise<number> {
  const reply = await as(user)<{ experience_id: number }>('/api/experiences', { body: { ...EXPERIENCE, ...body } });
  expect(reply).toMatchObject({ status: 200, body: { message: '新增成功' } });
  return reply.body.experience_id;
}

describe('résumés (ai-interview-api.md Resumes)', () => {
  const RESUME = {
    autobiography: '我來自台中，喜歡解決問題。',
    education: [
      { school: '台中科技大學資訊管理系五專部', admission_date: '2017/09/01', date_of_graduation: '2022/06/01' },
      { school: '台中科技大學資訊管理系二技部', admission_date: '2022-9-1', date_of_graduation: '在學中' },
    ],
    work_experience: [{ company: '鼎新', start_work: '2023/06/01', position: '開發工程師Intern', resign: '在職中' }],
    Portfolio: [{ title: 'CodeMeet', description: '面試練習平台' }],
    skill: ['PHP', 'Java', 'php'],
  };

  it('is written once, read back in the contract’s shape, and changed field by field', async () => {
    const user = await newUser();
    expect(await as(user)('/api/resumes')).toMatchObject({ status: 404, body: { message: '資料不存在' } });
    expect(await as(user)('/api/resumes', { body: RESUME })).toMatchObject({ status: 200, body: { message: '新增成功' } });
    const read = await as(user)('/api/resumes');
    expect(read.body).toMatchObject({
      autobiography: RESUME.autobiography,
      education: [RESUME.education[0], { ...RESUME.education[1], admission_date: '2022/09/01' }],
      work_experience: RESUME.work_experience,
      Portfolio: RESUME.Portfolio,
      portfolio: RESUME.Portfolio,
      skill: ['PHP', 'Java'],
    });
    // A second résumé is refused; the first stays as it was.
    expect(await as(user)('/api/resumes', { body: { autobiography: 'other' } })).toMatchObject({
      status: 400,
      body: { message: '履歷已存在' },
    });
    // Rows come back in the order sent; fields not sent stay.
    const reordered = await as(user)('/api/resumes', {
      method: 'PATCH',
      body: { education: [...RESUME.education].reverse(), portfolio: [{ title: '作品', description: '', url: 'https://example.com/p' }] },
    });
    expect(reordered.status).toBe(200);
    expect(reordered.body).toMatchObject({
      autobiography: RESUME.autobiography,
      education: [{ school: RESUME.education[1]!.school }, { school: RESUME.education[0]!.school }],
      Portfolio: [{ title: '作品', description: '', url: 'https://example.com/p' }],
      skill: ['PHP', 'Java'],
    });
  });

  it('accepts the contract’s own example, portfolio rows with an empty title included, and keeps them as sent', async () => {
    // ai-interview-api.md Resumes 2's body, as JSON (its comma after autobiography restored, its "..." left out).
    const example = JSON.parse(`{
        "autobiography":"我來自......",
        "education":[
            { "school": "台中科技大學資訊管理系五專部", "admission_date": "2017/09/01", "date_of_graduation": "2022/06/01" },
            { "school": "台中科技大學資訊管理系二技部", "admission_date": "2022/09/01", "date_of_graduation": "在學中" }
        ],
        "work_experience":[
            { "company": "創科資訊", "start_work": "2022/01/01", "position":"Intern", "resign": "2022/03/01" },
            { "company": "鼎新", "start_work": "2023/06/01", "position":"開發工程師Intern", "resign": "在職中" }
        ],
        "Portfolio":[
            { "title":"", "description":"" },
            { "title":"", "description":"" }
        ],
        "skill":["PHP","Java"]
    }`) as Record<string, unknown>;
    const user = await newUser();
    expect(await as(user)('/api/resumes', { body: example })).toMatchObject({ status: 200, body: { message: '新增成功' } });
    expect((await as(user)('/api/resumes')).body).toMatchObject(example);
  });

  it('keeps a department apart from the school and what someone did at work, and takes months alone (A31)', async () => {
    const user = await newUser();
    const body = {
      education: [{ school: '台中科技大學', department: '資訊管理系', admission_date: '2019/09', date_of_graduation: '在學中' }],
      work_experience: [
        {
          company: '創科資訊',
          position: 'Intern',
          start_work: '2022-01',
          resign: '2022/03/15',
          description: '負責後台報表，把月報產生時間從一天縮短到一小時。',
        },
      ],
    };
    expect(await as(user)('/api/resumes', { body })).toMatchObject({ status: 200, body: { message: '新增成功' } });
    const read = await as(user)('/api/resumes');
    // The contract's date strings are answered as before: YYYY/MM/DD, a month as its first day.
    expect(read.body).toMatchObject({
      education: [{ school: '台中科技大學', department: '資訊管理系', admission_date: '2019/09/01', date_of_graduation: '在學中' }],
      work_experience: [
        { company: '創科資訊', start_work: '2022/01/01', resign: '2022/03/15', description: body.work_experience[0]!.description },
      ],
    });
    // A row without them (the contract's shape) answers them empty.
    await as(user)('/api/resumes', {
      method: 'PATCH',
      body: { education: [{ school: '某大學', admission_date: '2017/09/01', date_of_graduation: '2021/06/01' }] },
    });
    expect((await as(user)('/api/resumes')).body).toMatchObject({ education: [{ school: '某大學', department: '' }] });
    // A month that does not exist is refused.
    expect(
      (
        await as(user)('/api/resumes', {
          method: 'PATCH',
          body: { education: [{ school: 'x', admission_date: '2019/13', date_of_graduation: '在學中' }] },
        })
      ).status,
    ).toBe(400);
  });

  it('refuses impossible dates, ends before starts and unknown fields, and writes nothing', async () => {
    const user = await newUser();
    const bad = [
      { education: [{ school: 'A', admission_date: '2022/02/30', date_of_graduation: '在學中' }] },
      { education: [{ school: 'A', admission_date: '2022/09/01', date_of_graduation: '2020/06/01' }] },
      { education: [{ school: 'A', admission_date: '2999/09/01', date_of_graduation: '在學中' }] },
      { work_experience: [{ company: 'B', position: 'C', start_work: '2023/01/01', resign: '在學中' }] },
      { skill: 'PHP' },
      { role: 'admin' },
      { Portfolio: [{ title: 'x', description: '', url: 'javascript:alert(1)' }] },
    ];
    for (const body of bad) {
      const reply = await as(user)('/api/resumes', { body });
      expect(reply, JSON.stringify(body)).toMatchObject({ status: 400, body: { message: '資料填寫有誤', errors: expect.any(Object) } });
    }
    expect((await as(user)('/api/resumes')).status).toBe(404);
    expect((await as(user)('/api/resumes', { method: 'PATCH', body: { autobiography: 'x' } })).status).toBe(404);
  });

  it('downloads as a PDF typeset in Traditional Chinese, whose text reads back', async () => {
    const user = await newUser();
    const pdf = () => fetch(`${baseUrl()}/api/resumes/pdf`, { headers: { token: user.accessToken } });
    expect((await pdf()).status).toBe(404);
    await as(user)('/api/resumes', { body: RESUME });
    const res = await pdf();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = pdfText(bytes);
    for (const expected of [
      user.name,
      '自傳',
      '我來自台中，喜歡解決問題。',
      '台中科技大學資訊管理系二技部',
      '在學中',
      '鼎新',
      '開發工程師Intern',
      '在職中',
      'CodeMeet',
      '面試練習平台',
      'Java',
    ]) {
      expect(text, expected).toContain(expected);
    }
    const english = pdfText(
      new Uint8Array(await (await fetch(`${baseUrl()}/api/resumes/pdf?lang=en`, { headers: { token: user.accessToken } })).arrayBuffer()),
    );
    expect(english).toContain('Education');
    expect(english).toContain('present');
  });

  it('is the caller’s own: no token is 401, and each user reads only theirs', async () => {
    expect(await call('/api/resumes')).toMatchObject({ status: 401, body: { message: '權限不足' } });
    const [a, b] = await Promise.all([newUser(), newUser()]);
    await as(a)('/api/resumes', { body: { autobiography: 'A 的自傳' } });
    expect((await as(b)('/api/resumes')).status).toBe(404);
    await as(b)('/api/resumes', { body: { autobiography: 'B 的自傳' } });
    await as(b)('/api/resumes', { method: 'PATCH', body: { autobiography: 'B 改過' } });
    expect((await as(a)('/api/resumes')).body.autobiography).toBe('A 的自傳');
  });
});

describe('discussions (ai-interview-api.md Discussions)', () => {
  it('posts, lists a page at a time with its totals in headers, and shows one', async () => {
    const user = await newUser();
    const tag = uniqueName('tag').slice(0, 20);
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) ids.push(await postDiscussion(user, { title: `第${i}篇`, content: `內容 ${i}`, tags: [tag, '面試穿搭'] }));
    const first = await call<Array<Record<string, unknown>>>(`/api/discussions?tag=${encodeURIComponent(tag)}&per_page=2`);
    expect(first.status).toBe(200);
    expect(first.body.map((d) => d.discussion_id)).toEqual([ids[2], ids[1]]);
    expect(first.headers.get('x-total-count')).toBe('3');
    expect(first.headers.get('link')).toContain('rel="next"');
    const second = await call<Array<Record<string, unknown>>>(`/api/discussions?tag=${encodeURIComponent(tag)}&per_page=2&page=2`);
    expect(second.body.map((d) => d.discussion_id)).toEqual([ids[0]]);
    expect(second.headers.get('link')).toContain('rel="prev"');
    expect(first.body[0]).toMatchObject({
      poster: user.name,
      poster_id: idOf(user),
      title: '第2篇',
      content: '內容 2',
      favorites: 0,
      comments: 0,
    });
    expect((await call(`/api/discussions/${ids[0]}`)).body).toMatchObject({ discussion_id: ids[0], tags: [tag, '面試穿搭'] });
    expect(await call('/api/discussions/999999')).toMatchObject({ status: 404, body: { message: '資料不存在' } });
    expect((await call('/api/discussions/abc')).status).toBe(404);
  });

  it('counts a new post, and a deleted one, in the totals at once, however recently they were read', async () => {
    const user = await newUser();
    const tag = uniqueName('n').slice(0, 20);
    await postDiscussion(user, { title: '一', content: 'x', tags: [tag] });
    const totalOf = async () => (await call(`/api/discussions?tag=${tag}`)).headers.get('x-total-count');
    expect(await totalOf()).toBe('1');
    const second = await postDiscussion(user, { title: '二', content: 'x', tags: [tag] });
    expect(await totalOf()).toBe('2');
    await as(user)(`/api/discussions/${second}`, { method: 'DELETE' });
    expect(await totalOf()).toBe('1');
  });

  it('finds a Chinese word inside a sentence, best match first', async () => {
    const user = await newUser();
    const marker = uniqueName('m');
    const inBody = await postDiscussion(user, { title: `${marker} 一般問題`, content: '請問面試穿搭建議：西裝還是休閒？' });
    const inTitle = await postDiscussion(user, { title: `${marker} 穿搭心得`, content: '我都穿西裝。' });
    await postDiscussion(user, { title: `${marker} 無關`, content: '薪資怎麼談？' });
    const found = await call<Array<{ discussion_id: number }>>(`/api/discussions?q=${encodeURIComponent(`穿搭 ${marker}`)}`);
    expect(found.body.map((d) => d.discussion_id)).toEqual([inTitle, inBody]);
    const word = await call<Array<{ discussion_id: number }>>(`/api/discussions?q=${encodeURIComponent(`休閒 ${marker}`)}`);
    expect(word.body.map((d) => d.discussion_id)).toEqual([inBody]);
    expect((await call(`/api/discussions?q=${encodeURIComponent('！？')}`)).body).toEqual([]);
  });

  it('sorts by favorites and by comments', async () => {
    const [author, fan] = await Promise.all([newUser(), newUser()]);
    const tag = uniqueName('s').slice(0, 20);
    const quiet = await postDiscussion(author, { title: 'quiet', content: 'x', tags: [tag] });
    const liked = await postDiscussion(author, { title: 'liked', content: 'x', tags: [tag] });
    const talked = await postDiscussion(author, { title: 'talked', content: 'x', tags: [tag] });
    await as(fan)(`/api/favorites/discussions/${liked}`, { method: 'POST' });
    await as(fan)('/api/comments', { body: { discussion: talked, comment: '1' } });
    await as(fan)('/api/comments', { body: { discussion: talked, comment: '2' } });
    const byFavorites = await call<Array<{ discussion_id: number }>>(`/api/discussions?tag=${tag}&sort=favorites`);
    expect(byFavorites.body.map((d) => d.discussion_id)).toEqual([liked, talked, quiet]);
    const byComments = await call<Array<{ discussion_id: number }>>(`/api/discussions?tag=${tag}&sort=comments`);
    expect(byComments.body.map((d) => d.discussion_id)).toEqual([talked, liked, quiet]);
    expect((await call(`/api/discussions?sort=popular`)).status).toBe(400);
  });

  it('lets only the author edit or delete, and deleting takes comments and favorites with it', async () => {
    const [author, other] = await Promise.all([newUser(), newUser()]);
    const id = await postDiscussion(author, { title: '原標題', content: '原內容', tags: ['a'] });
    expect(await as(other)(`/api/discussions/${id}`, { method: 'PATCH', body: { title: '搶' } })).toMatchObject({
      status: 403,
      body: { message: '權限不足' },
    });
    expect((await as(other)(`/api/discussions/${id}`, { method: 'DELETE' })).status).toBe(403);
    expect(await as(author)(`/api/discussions/${id}`, { method: 'PATCH', body: { description: '新內容', tags: ['b'] } })).toMatchObject({
      status: 200,
      body: { message: '編輯成功' },
    });
    expect((await call(`/api/discussions/${id}`)).body).toMatchObject({ title: '原標題', content: '新內容', tags: ['b'] });
    expect((await as(author)(`/api/discussions/${id}`, { method: 'PATCH', body: { title: '' } })).status).toBe(400);
    expect((await as(author)('/api/discussions/999999', { method: 'PATCH', body: { title: 'x' } })).status).toBe(404);

    const comment = await as(other)<{ comment_id: number }>('/api/comments', { body: { discussion: id, comment: '留言' } });
    const favorite = await as(other)<{ favorite_id: number }>(`/api/favorites/discussions/${id}`);
    expect(await as(author)(`/api/discussions/${id}`, { method: 'DELETE' })).toMatchObject({ status: 200, body: { message: '刪除成功' } });
    expect((await call(`/api/discussions/${id}`)).status).toBe(404);
    expect((await as(other)(`/api/comments/${comment.body.comment_id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await as(other)(`/api/favorites/${favorite.body.favorite_id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await as(other)('/api/favorites/discussions')).body).toEqual([]);
  });

  it('lists the caller’s own, with the contract’s "description"', async () => {
    const [me, other] = await Promise.all([newUser(), newUser()]);
    const mine = await postDiscussion(me, { title: '我的', content: '內文' });
    await postDiscussion(other, { title: '別人的', content: 'x' });
    const list = await as(me)<Array<Record<string, unknown>>>('/api/discussions/users');
    expect(list.body).toEqual([expect.objectContaining({ discussion_id: mine, description: '內文', content: '內文' })]);
    expect((await call('/api/discussions/users')).status).toBe(401);
  });

  it('refuses a bad post with 400 資料有誤 and writes nothing', async () => {
    const user = await newUser();
    for (const body of [
      { title: '', content: 'x' },
      { title: 'x' },
      { title: 'x', content: 'y', tags: ['1', '2', '3', '4', '5', '6'] },
      { title: 'x'.repeat(101), content: 'y' },
    ]) {
      expect(await as(user)('/api/discussions', { body }), JSON.stringify(body).slice(0, 60)).toMatchObject({
        status: 400,
        body: { message: '資料有誤' },
      });
    }
    expect((await as(user)('/api/discussions/users')).body).toEqual([]);
    expect((await call('/api/discussions', { body: { title: 'x', content: 'y' } })).status).toBe(401);
  });
});

describe('comments (ai-interview-api.md Comments)', () => {
  it('on a discussion: listed oldest first with their authors, edited and deleted by their authors only', async () => {
    const [author, commenter] = await Promise.all([newUser(), newUser()]);
    const id = await postDiscussion(author, { title: 't', content: 'c' });
    const first = await as(commenter)<{ comment_id: number }>('/api/comments', { body: { discussion: id, comment: '第一則' } });
    await as(author)('/api/comments', { body: { discussion: id, comment: '第二則' } });
    const list = await as(commenter)<Array<Record<string, unknown>>>(`/api/comments/${id}`);
    expect(list.body).toMatchObject([
      { id: first.body.comment_id, author: { id: idOf(commenter), name: commenter.name }, comment: '第一則', mine: true },
      { author: { id: idOf(author) }, comment: '第二則', mine: false },
    ]);
    // Without a token the list is the same, without `mine`.
    expect((await call<Array<Record<string, unknown>>>(`/api/comments/${id}`)).body[0]).not.toHaveProperty('mine');
    expect((await call(`/api/discussions/${id}`)).body.comments).toBe(2);

    expect(
      (await as(author)('/api/comments', { method: 'PATCH', body: { comment_id: first.body.comment_id, comment: '改' } })).status,
    ).toBe(403);
    expect((await as(author)(`/api/comments/${first.body.comment_id}`, { method: 'DELETE' })).status).toBe(403);
    expect(
      await as(commenter)('/api/comments', { method: 'PATCH', body: { comment_id: first.body.comment_id, comment: '改過了' } }),
    ).toMatchObject({ status: 200, body: { message: '編輯成功' } });
    expect(await as(commenter)(`/api/comments/${first.body.comment_id}`, { method: 'DELETE' })).toMatchObject({
      status: 200,
      body: { message: '刪除成功' },
    });
    expect((await call<unknown[]>(`/api/comments/${id}`)).body).toHaveLength(1);
    expect((await call(`/api/discussions/${id}`)).body.comments).toBe(1);
  });

  it('on an interview experience, which counts them too', async () => {
    const [author, commenter] = await Promise.all([newUser(), newUser()]);
    const id = await shareExperience(author);
    expect((await as(commenter)('/api/comments', { body: { experience: id, comment: '恭喜' } })).status).toBe(200);
    expect((await call<unknown[]>(`/api/comments/experiences/${id}`)).body).toMatchObject([{ comment: '恭喜' }]);
    expect((await call(`/api/experiences/${id}`)).body.comments).toBe(1);
  });

  it('refuses a comment on nothing, on both, or empty', async () => {
    const user = await newUser();
    const id = await postDiscussion(user, { title: 't', content: 'c' });
    expect((await as(user)('/api/comments', { body: { discussion: 999999, comment: 'x' } })).status).toBe(404);
    expect((await as(user)('/api/comments', { body: { discussion: id, experience: 1, comment: 'x' } })).status).toBe(400);
    expect((await as(user)('/api/comments', { body: { discussion: id, comment: ' ' } })).status).toBe(400);
    expect((await as(user)('/api/comments', { body: { comment: 'x' } })).status).toBe(400);
    expect((await call<unknown[]>(`/api/comments/${id}`)).body).toEqual([]);
  });
});

describe('interview experiences (ai-interview-api.md Experiences)', () => {
  it('shares, shows in full, and lists with filters; a company is found however it is typed', async () => {
    const user = await newUser();
    const company = `ＡＣＭＥ ${uniqueName('co')}`;
    const plain = company.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
    const a = await shareExperience(user, { company, interview_evaluation: 4 });
    const b = await shareExperience(user, { company: plain, interview_result: '未錄取', interview_difficulty: '困難', position: 'PM' });
    const detail = await call(`/api/experiences/${a}`);
    expect(detail.body).toMatchObject({
      experience_id: a,
      author_id: idOf(user),
      company,
      interview_sharing: EXPERIENCE.interview_sharing,
      interview_evaluation: 4,
      interview_question: EXPERIENCE.interview_question,
      favorites: 0,
      comments: 0,
    });
    const byCompany = await call<Array<{ experience_id: number }>>(
      `/api/experiences?company=${encodeURIComponent(` acme ${plain.slice(4)} `)}`,
    );
    expect(byCompany.body.map((e) => e.experience_id)).toEqual([b, a]);
    const filtered = await call<Array<{ experience_id: number }>>(
      `/api/experiences?company=${encodeURIComponent(plain)}&result=${encodeURIComponent('未錄取')}&difficulty=${encodeURIComponent('困難')}&position=PM`,
    );
    expect(filtered.body.map((e) => e.experience_id)).toEqual([b]);
    expect((await call(`/api/experiences?result=${encodeURIComponent('錄取')}`)).status).toBe(400);
  });

  it('lets only the author edit or delete', async () => {
    const [author, other] = await Promise.all([newUser(), newUser()]);
    const id = await shareExperience(author);
    expect((await as(other)(`/api/experiences/${id}`, { method: 'PATCH', body: { interview_result: '未錄取' } })).status).toBe(403);
    expect((await as(other)(`/api/experiences/${id}`, { method: 'DELETE' })).status).toBe(403);
    const edit = await as(author)(`/api/experiences/${id}`, {
      method: 'PATCH',
      body: { interview_sharing: '補充：三面是主管。', interview_result: '等待中', interview_question: ['自我介紹'] },
    });
    expect(edit).toMatchObject({ status: 200, body: { message: '編輯成功' } });
    expect((await call(`/api/experiences/${id}`)).body).toMatchObject({
      interview_sharing: '補充：三面是主管。',
      interview_result: '等待中',
      interview_question: ['自我介紹'],
      company: EXPERIENCE.company,
    });
    expect((await as(author)('/api/experiences/users')).body).toMatchObject([{ experience_id: id }]);
    expect(await as(author)(`/api/experiences/${id}`, { method: 'DELETE' })).toMatchObject({ status: 200, body: { message: '刪除成功' } });
    expect((await call(`/api/experiences/${id}`)).status).toBe(404);
  });

  it('refuses a result, a difficulty or a date the contract does not know', async () => {
    const user = await newUser();
    for (const body of [
      { interview_result: '錄取' },
      { interview_difficulty: 'hard' },
      { interview_date: '2999/01/01' },
      { interview_date: '2023/13/01' },
      { interview_evaluation: 6 },
      { interview_question: '一題' },
    ]) {
      expect((await as(user)('/api/experiences', { body: { ...EXPERIENCE, ...body } })).status, JSON.stringify(body)).toBe(400);
    }
    expect((await as(user)('/api/experiences/users')).body).toEqual([]);
  });
});

describe('favorites (ai-interview-api.md Favorites)', () => {
  it('are added once however often asked (GET as the contract, POST beside it), listed, and removed by their owner only', async () => {
    const [author, fan, stranger] = await Promise.all([newUser(), newUser(), newUser()]);
    const discussion = await postDiscussion(author, { title: '收藏我', content: 'x', tags: ['t'] });
    const experience = await shareExperience(author);
    const added = await as(fan)<{ favorite_id: number }>(`/api/favorites/discussions/${discussion}`);
    expect(added).toMatchObject({ status: 200, body: { message: '新增成功', favorite_id: expect.any(Number) } });
    const again = await as(fan)<{ favorite_id: number }>(`/api/favorites/discussions/${discussion}`, { method: 'POST' });
    expect(again.body.favorite_id).toBe(added.body.favorite_id);
    expect((await call(`/api/discussions/${discussion}`)).body.favorites).toBe(1);
    expect((await as(fan)(`/api/discussions/${discussion}`)).body.favorite_id).toBe(added.body.favorite_id);
    expect((await as(stranger)(`/api/discussions/${discussion}`)).body.favorite_id).toBeNull();

    const expFavorite = await as(fan)<{ favorite_id: number }>(`/api/favorites/experiences/${experience}`, { method: 'POST' });
    expect((await as(fan)('/api/favorites/discussions')).body).toMatchObject([
      { favorite_id: added.body.favorite_id, discussions_id: discussion, discussion_id: discussion, title: '收藏我', favorites: 1 },
    ]);
    expect((await as(fan)('/api/favorites/experiences')).body).toMatchObject([
      { favorite_id: expFavorite.body.favorite_id, experience_id: experience, company: EXPERIENCE.company, favorites: 1 },
    ]);
    expect((await as(stranger)('/api/favorites/discussions')).body).toEqual([]);

    expect((await as(stranger)(`/api/favorites/${added.body.favorite_id}`, { method: 'DELETE' })).status).toBe(403);
    expect(await as(fan)(`/api/favorites/${added.body.favorite_id}`, { method: 'DELETE' })).toMatchObject({
      status: 200,
      body: { message: '取消成功' },
    });
    expect((await as(fan)(`/api/favorites/${added.body.favorite_id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await call(`/api/discussions/${discussion}`)).body.favorites).toBe(0);
    // By the post, as a toggle does; twice is not an error.
    expect((await as(fan)(`/api/favorites/experiences/${experience}`, { method: 'DELETE' })).status).toBe(200);
    expect((await as(fan)(`/api/favorites/experiences/${experience}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(`/api/experiences/${experience}`)).body.favorites).toBe(0);
  });

  it('count one per user even when the clicks arrive together', async () => {
    const [author, fan] = await Promise.all([newUser(), newUser()]);
    const discussion = await postDiscussion(author, { title: 't', content: 'c' });
    const replies = await Promise.all(
      Array.from({ length: 6 }, () => as(fan)(`/api/favorites/discussions/${discussion}`, { method: 'POST' })),
    );
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(new Set(replies.map((r) => r.body.favorite_id)).size).toBe(1);
    expect((await call(`/api/discussions/${discussion}`)).body.favorites).toBe(1);
  });

  it('need a signed-in user and an existing post', async () => {
    const user = await newUser();
    expect((await call('/api/favorites/discussions/1')).status).toBe(401);
    expect((await call('/api/favorites/discussions')).status).toBe(401);
    expect((await as(user)('/api/favorites/discussions/999999')).status).toBe(404);
    expect((await as(user)('/api/favorites/experiences/999999', { method: 'POST' })).status).toBe(404);
  });
});

describe('company pages (beyond the contract)', () => {
  it('sum up a company’s interviews: results, difficulty, evaluation, positions, the questions asked most', async () => {
    const user = await newUser();
    const name = `極光科技${uniqueName('c')}`;
    await shareExperience(user, { company: name, interview_evaluation: 5, interview_question: ['自我介紹', '為什麼想來？'] });
    await shareExperience(user, {
      company: ` ${name} `,
      interview_result: '未錄取',
      interview_difficulty: '困難',
      interview_evaluation: 2,
      position: 'PM',
      interview_question: ['為什麼想來', '說一個失敗經驗'],
    });
    await shareExperience(user, { company: name.toUpperCase(), interview_result: '等待中', interview_question: ['為什麼想來?'] });
    const reply = await call(`/api/companies/${encodeURIComponent(name.toLowerCase())}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      name,
      experiences: 3,
      results: [
        { result: '已錄取', count: 1 },
        { result: '未錄取', count: 1 },
        { result: '等待中', count: 1 },
      ],
      difficulties: [
        { difficulty: '簡單', count: 0 },
        { difficulty: '中等', count: 2 },
        { difficulty: '困難', count: 1 },
      ],
      averageEvaluation: 3.5,
      evaluations: 2,
      positions: [
        { position: '開發工程師', count: 2 },
        { position: 'PM', count: 1 },
      ],
      topQuestions: [{ question: '為什麼想來？', count: 3 }, expect.anything(), expect.anything()],
    });
    expect((await call(`/api/companies/${encodeURIComponent('沒有這家公司')}`)).status).toBe(404);
    const companies = await call<Array<{ name: string; experiences: number }>>('/api/companies');
    expect(companies.body).toContainEqual(expect.objectContaining({ name, experiences: 3 }));
  });
});
