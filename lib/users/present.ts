import type { User } from '@/db/schema';
import { encodeId } from '@/lib/ids';

// ai-interview-api.md spells the avatar field "avator"; both spellings are served (docs/api-decisions.md).

/** ai-interview-api.md Users 4. */
export function legacyProfile(user: User) {
  return {
    id: user.id,
    name: user.name,
    account: user.account,
    email: user.email,
    avator: user.avatarUrl,
    avatar: user.avatarUrl,
    phone: user.phone,
    address: user.address,
    sex: user.sex,
    birthday: user.birthday,
    status: user.status,
    highest_education: user.highestEducation,
    seniority: user.seniority,
    created_at: user.createdAt.toISOString(),
  };
}

/** ai-interview-api.md Users 1: user_data is a one-element list. */
export function legacyLoginUser(user: User) {
  return [{ id: user.id, name: user.name, avator: user.avatarUrl, avatar: user.avatarUrl }];
}

/** codemeet-api.md 1.1 / 1.2. */
export function v1User(user: User) {
  return {
    userId: encodeId('user', user.id),
    email: user.email,
    displayName: user.name,
    avatarUrl: user.avatarUrl,
    role: user.role,
    timezone: user.timezone,
    createdAt: user.createdAt.toISOString(),
  };
}

/** codemeet-api.md 1.3. */
export function v1Me(user: User) {
  return { ...v1User(user), preferences: user.preferences, opportunities: user.opportunities };
}
