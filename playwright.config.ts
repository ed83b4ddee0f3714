import { defineConfig } from '@playwright/test';

// Debian's Chromium, not a downloaded browser (`npx playwright install` cannot reach its CDN here).
export default defineConfig({
  testDir: 'tests/e2e',
  // The page walk (every page × 2 sizes × signed in/out × 2 languages × 2 themes, axe on each) takes
  // about 40 minutes on a 2-core machine and still finds what issue 17 is fixing: it runs on its
  // own (`npm run test:walk`) until its findings are fixed or listed, then joins npm test.
  testIgnore: process.env.WALK === '1' ? [] : ['**/walk.spec.ts'],
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // A fake microphone (a tone) that needs no permission prompt: the mock interview records answers.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-dev-shm-usage',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
      ],
    },
  },
});
