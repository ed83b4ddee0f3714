import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { SYSTEM_TOKEN } from '../harness/processes';
import { base, logIn, newVisitor } from './support';

async function api(path: string, body: unknown, token?: string) {
  const res = await fetch(`${base()}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Forwarded-For': `10.66.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Record<string, unknown>;
}

test('a user sees their opportunities, and each spend and reward in the history and the chart', async ({ browser }) => {
  const email = `chance-${randomBytes(4).toString('hex')}@example.com`;
  const registered = await api('/api/v1/auth/register', { email, password: 'Passw0rdOk', displayName: '林機會' });
  const userId = registered.userId as string;
  const { page, violations } = await newVisitor(browser);
  await page.goto(`${base()}/login`);
  await logIn(page, email, 'Passw0rdOk');
  await expect(page).toHaveURL(/\/profile$/);

  await page.getByTestId('nav-profile').click();
  await page.getByRole('menuitem', { name: '面試機會' }).click();
  await expect(page.getByRole('heading', { name: '面試機會' })).toBeVisible();
  await expect(page.getByTestId('opportunity-balance')).toHaveText('1');
  await expect(page.getByText('還沒有任何紀錄。')).toBeVisible();

  // A room's start spends one, an interview given as interviewer earns one (the system caller's §5.2 and §5.3).
  expect(await api('/api/v1/gamification/opportunities/consume', { userId, sessionId: 'session_e2e_1' }, SYSTEM_TOKEN)).toMatchObject({
    consumed: 1,
  });
  expect(await api('/api/v1/gamification/opportunities/reward', { userId, sessionId: 'session_e2e_2' }, SYSTEM_TOKEN)).toMatchObject({
    earned: 1,
  });
  expect(await api('/api/v1/gamification/opportunities/reward', { userId, sessionId: 'session_e2e_3' }, SYSTEM_TOKEN)).toMatchObject({
    earned: 1,
  });

  await page.reload();
  await expect(page.getByTestId('opportunity-balance')).toHaveText('2');
  const rows = page.getByTestId('opportunity-history').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('獲得 +1');
  await expect(rows.nth(0)).toContainText('以面試官身分完成面試');
  await expect(rows.nth(2)).toContainText('使用 -1');
  await expect(rows.nth(2)).toContainText('以受試者身分開始面試');
  await expect(page.getByTestId('ledger-chart').locator('svg.recharts-surface')).toBeVisible();
  expect(violations).toEqual([]);
});
