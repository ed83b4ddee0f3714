import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { comments, discussions, experiences, type User } from '@/db/schema';
import type { UserActor } from '@/lib/auth/actor';
import { shareExperience } from '@/lib/experiences/service';
import { addComment } from '@/lib/forum/comments';
import { createDiscussion } from '@/lib/forum/discussions';
import type { ExperienceInput } from '@/lib/validation/career';

/** Which demo user wrote it (an index into DEMO_USERS), and how many days ago. */
type By = { by: number; daysAgo: number };

const DISCUSSIONS: Array<By & { title: string; content: string; tags: string[]; replies: Array<{ by: number; content: string }> }> = [
  {
    by: 1,
    daysAgo: 9,
    title: '轉職前端半年，終於拿到第一份 offer 的準備心得',
    content:
      '大學念企管，去年開始自學前端。分享幾個對我最有幫助的準備方式：\n\n1. **每天一題演算法**：從簡單題開始，先求寫得出來，再求寫得漂亮。\n2. **作品集要能講故事**：面試官最常問「這個專案遇到最難的問題是什麼」。\n3. **模擬面試**：用 AI 模擬面試練自我介紹，錄下來聽自己的語速。\n\n有問題歡迎留言交流！',
    tags: ['轉職', '前端', 'offer'],
    replies: [
      { by: 2, content: '恭喜！想請問作品集大概準備了幾個專案？' },
      { by: 1, content: '三個：一個電商頁面、一個記帳 App、一個串公開 API 的天氣小工具。重點是每個都能說清楚自己做了什麼決定。' },
    ],
  },
  {
    by: 2,
    daysAgo: 6,
    title: '白板題卡住時，怎麼跟面試官溝通比較好？',
    content:
      '上週面試遇到一題圖論，想了五分鐘都沒有頭緒，整個場面很尷尬。\n\n想問大家：卡住的時候是直接說不會，還是先講暴力解？有沒有什麼溝通技巧？',
    tags: ['面試技巧', '演算法'],
    replies: [
      { by: 1, content: '我的經驗是先講暴力解和它的複雜度，再說想往哪個方向優化，面試官通常會給提示。' },
      { by: 0, content: '把思考過程說出來比答案本身重要。沉默是最扣分的。' },
    ],
  },
  {
    by: 1,
    daysAgo: 4,
    title: '新鮮人第一份工作，該選大公司還是新創？',
    content:
      '手上有兩個機會：一間是傳產轉型的資訊部門，制度完整；另一間是二十人左右的新創，技術比較新但不確定穩定度。\n\n想聽聽過來人的建議。',
    tags: ['求職', '新鮮人'],
    replies: [{ by: 2, content: '看你想先學什麼。新創能碰到的範圍廣，大公司能學到流程與規範，兩種都不是錯的選擇。' }],
  },
  {
    by: 2,
    daysAgo: 2,
    title: '同儕模擬面試一個月的心得：當面試官也很有收穫',
    content:
      '這個月在 CodeMeet 做了八次同儕面試，一半當應試者、一半當面試官。\n\n當面試官讓我發現：**清楚說明思路的人，就算沒寫完也會讓人印象很好**。推薦大家兩種角色都試試看。',
    tags: ['同儕面試', '心得'],
    replies: [],
  },
];

const EXPERIENCES: Array<By & ExperienceInput & { replies: Array<{ by: number; content: string }> }> = [
  {
    by: 1,
    daysAgo: 12,
    company: '星河科技',
    position: '前端工程師',
    interviewDate: '2026/10/14',
    sharing:
      '一共兩關。一面是線上程式測驗（兩題，九十分鐘），二面是主管與資深工程師的技術面談，會請你講解測驗的解法，再延伸問效能與可維護性。整體氣氛輕鬆，面試官會引導。',
    result: '已錄取',
    difficulty: '中等',
    evaluation: 4,
    questions: ['請說明 React 的重新渲染在什麼情況下發生', '如何優化一個很長的清單', '介紹一個你最有成就感的專案'],
    replies: [{ by: 2, content: '謝謝分享！請問程式測驗可以用哪些語言？' }],
  },
  {
    by: 2,
    daysAgo: 8,
    company: '北辰金融科技',
    position: '後端工程師',
    interviewDate: '2026/11/03',
    sharing: '三關：人資電話面談、技術面（系統設計 + 資料庫）、部門主管面談。系統設計題要設計一個轉帳服務，很重視交易一致性與冪等。',
    result: '等待中',
    difficulty: '困難',
    evaluation: 4,
    questions: ['設計一個轉帳 API，如何避免重複扣款', '資料庫交易的隔離等級有哪些', '為什麼想加入金融業'],
    replies: [],
  },
  {
    by: 1,
    daysAgo: 5,
    company: '島嶼電商',
    position: '資料分析師',
    interviewDate: '2026/11/18',
    sharing: '一面是 SQL 實作，給一份訂單資料表要算回購率；二面是個案討論，問如果轉換率下降會怎麼找原因。',
    result: '未錄取',
    difficulty: '中等',
    evaluation: 3,
    questions: ['用 SQL 算出每月回購率', '轉換率突然下降，你會先看哪些指標'],
    replies: [{ by: 0, content: '個案題可以先把漏斗拆開，一層一層找變化最大的地方。' }],
  },
  {
    by: 2,
    daysAgo: 3,
    company: '星河科技',
    position: '軟體測試工程師',
    interviewDate: '2026/11/25',
    sharing: '一面考測試案例設計，給一個登入頁面請你列出測試情境；二面聊自動化測試工具的經驗。',
    result: '已錄取',
    difficulty: '簡單',
    evaluation: 5,
    questions: ['登入頁面要測哪些情境', '你用過哪些自動化測試工具'],
    replies: [],
  },
];

const daysAgo = (days: number) => sql`now() - ${days}::float8 * interval '1 day'`;

/** A few zh-TW discussions and interview experiences (with comments) by the demo users, so a new install is not empty. */
export async function seedCommunity(db: Db, authors: User[]): Promise<void> {
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(discussions);
  if (count > 0) return;
  const actor = (index: number): UserActor => {
    const user = authors[index]!;
    return { kind: 'user', userId: user.id, role: user.role, sessionId: 'seed', user };
  };
  for (const { by, daysAgo: days, replies, ...input } of DISCUSSIONS) {
    const { id } = await createDiscussion(db, actor(by), input);
    await db
      .update(discussions)
      .set({ createdAt: daysAgo(days), updatedAt: daysAgo(days) })
      .where(eq(discussions.id, id));
    for (const [i, reply] of replies.entries()) {
      const comment = await addComment(db, actor(reply.by), { kind: 'discussion', id }, reply.content);
      await db
        .update(comments)
        .set({ createdAt: daysAgo(days - (i + 1) * 0.2) })
        .where(eq(comments.id, comment.id));
    }
  }
  for (const { by, daysAgo: days, replies, ...input } of EXPERIENCES) {
    const { id } = await shareExperience(db, actor(by), input);
    await db
      .update(experiences)
      .set({ createdAt: daysAgo(days), updatedAt: daysAgo(days) })
      .where(eq(experiences.id, id));
    for (const [i, reply] of replies.entries()) {
      const comment = await addComment(db, actor(reply.by), { kind: 'experience', id }, reply.content);
      await db
        .update(comments)
        .set({ createdAt: daysAgo(days - (i + 1) * 0.2) })
        .where(eq(comments.id, comment.id));
    }
  }
}
