import type { MetadataRoute } from 'next';

/** /manifest.webmanifest: the product's name in its language, the icons the app directory serves. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'CodeMeet 面試練習平台',
    short_name: 'CodeMeet',
    description: 'AI 模擬面試、程式練習、求職社群與同儕程式面試。',
    lang: 'zh-TW',
    start_url: '/',
    display: 'standalone',
    background_color: '#f8fafc',
    theme_color: '#1f57c9',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/apple-icon.png', sizes: '180x180', type: 'image/png' },
    ],
  };
}
