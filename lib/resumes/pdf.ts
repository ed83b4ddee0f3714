import 'server-only';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Resume, User } from '@/db/schema';
import type { Locale } from '@/lib/i18n/messages';
import { STILL_EMPLOYED, STILL_STUDYING } from '@/lib/validation/career';

const require = createRequire(import.meta.url);

/**
 * Noto Sans TC, shipped with the project as an npm package (@expo-google-fonts/noto-sans-tc:
 * the full fonts, which PDF embedding needs). pdfkit embeds only the glyphs a résumé uses.
 */
// Resolved at run time (pdfkit reads them from disk), never bundled: hence the ignore comments.
const FONTS = {
  regular: require.resolve(/* turbopackIgnore: true */ '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf'),
  bold: require.resolve(/* turbopackIgnore: true */ '@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf'),
};

const HEADINGS: Record<Locale, Record<'autobiography' | 'education' | 'work' | 'portfolio' | 'skills', string>> = {
  'zh-TW': { autobiography: '自傳', education: '學歷', work: '工作經驗', portfolio: '作品集', skills: '技能' },
  en: { autobiography: 'About me', education: 'Education', work: 'Experience', portfolio: 'Portfolio', skills: 'Skills' },
};
const OPEN_ENDS: Record<Locale, Record<string, string>> = {
  'zh-TW': { [STILL_STUDYING]: STILL_STUDYING, [STILL_EMPLOYED]: STILL_EMPLOYED },
  en: { [STILL_STUDYING]: 'present', [STILL_EMPLOYED]: 'present' },
};

const INK = '#0f172a';
const MUTED = '#475569';
const ACCENT = '#1f57c9';
const RULE = '#cbd5e1';

/** "2017/09/01" as "2017/09" (a résumé shows months); an open end in the reader's language. */
function period(start: string, end: string, locale: Locale): string {
  const month = (date: string) => OPEN_ENDS[locale][date] ?? date.slice(0, 7);
  return `${month(start)} – ${month(end)}`;
}

/**
 * The résumé as an A4 PDF that reads like one: the name and contact line, then the sections
 * that have content (autobiography, education, experience, portfolio, skills), typeset in
 * Noto Sans TC so Traditional Chinese renders (and extracts) as text.
 */
export function renderResumePdf(user: Pick<User, 'name' | 'email' | 'phone' | 'address'>, resume: Resume, locale: Locale): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: `${user.name} — ${locale === 'en' ? 'Résumé' : '履歷'}`, Author: user.name, Creator: 'CodeMeet' },
    lang: locale,
    displayTitle: true,
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = doc.page.margins.left;
  const headings = HEADINGS[locale];

  doc.font('bold').fontSize(24).fillColor(INK).text(user.name);
  const contact = [user.email, user.phone, user.address].filter(Boolean).join('  ·  ');
  doc.moveDown(0.2).font('regular').fontSize(10).fillColor(MUTED).text(contact);

  const section = (title: string) => {
    doc.moveDown(1.1);
    doc.font('bold').fontSize(13).fillColor(ACCENT).text(title);
    const y = doc.y + 2;
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(0.7)
      .strokeColor(RULE)
      .stroke();
    doc.moveDown(0.5);
  };
  /** A row: a bold title on the left, its period on the right, then the line under it. */
  const row = (title: string, when: string, detail?: string) => {
    const top = doc.y;
    doc.font('regular').fontSize(9.5).fillColor(MUTED).text(when, left, top, { width, align: 'right' });
    doc
      .font('bold')
      .fontSize(11)
      .fillColor(INK)
      .text(title, left, top, { width: width - 110 });
    if (detail) doc.font('regular').fontSize(10).fillColor(MUTED).text(detail, { width });
    doc.moveDown(0.45);
  };

  if (resume.autobiography.trim()) {
    section(headings.autobiography);
    for (const paragraph of resume.autobiography.split(/\n\s*\n/)) {
      doc.font('regular').fontSize(10.5).fillColor(INK).text(paragraph.trim(), { width, lineGap: 3, paragraphGap: 6 });
    }
  }
  if (resume.education.length) {
    section(headings.education);
    for (const e of resume.education) row(e.school, period(e.admissionDate, e.graduationDate, locale), e.department);
  }
  if (resume.workExperience.length) {
    section(headings.work);
    for (const w of resume.workExperience) {
      row(w.company, period(w.startDate, w.endDate, locale), w.description ? `${w.position}\n${w.description}` : w.position);
    }
  }
  if (resume.portfolio.length) {
    section(headings.portfolio);
    for (const p of resume.portfolio) {
      doc.font('bold').fontSize(11).fillColor(INK).text(p.title, { width });
      if (p.description) doc.font('regular').fontSize(10).fillColor(MUTED).text(p.description, { width, lineGap: 2 });
      if (p.url) doc.font('regular').fontSize(9.5).fillColor(ACCENT).text(p.url, { width, link: p.url, underline: false });
      doc.moveDown(0.45);
    }
  }
  if (resume.skills.length) {
    section(headings.skills);
    doc.font('regular').fontSize(10.5).fillColor(INK).text(resume.skills.join('  ·  '), { width });
  }
  doc.end();
  return done;
}
