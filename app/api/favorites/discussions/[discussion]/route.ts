// GET (and POST, DELETE) /api/favorites/discussions/{discussion} — ai-interview-api.md Favorites 1
import { favoriteToggleRoutes } from '@/app/api/favorites/_shared/toggle';

export const { GET, POST, PUT, PATCH, DELETE } = favoriteToggleRoutes('discussion', 'discussion', '新增討論收藏 Favorite a discussion');
