// GET (and POST, DELETE) /api/favorites/experiences/{experience} — ai-interview-api.md Favorites 2
import { favoriteToggleRoutes } from '@/app/api/favorites/_shared/toggle';

export const { GET, POST, PUT, PATCH, DELETE } = favoriteToggleRoutes(
  'experience',
  'experience',
  '新增面試分享收藏 Favorite an interview experience',
);
