// GET /api/v1/users/me/events — beside codemeet-api.md's WebSocket: the caller's own events as server-sent events
import { subscribe } from '@/lib/events';
import { eventStream } from '@/lib/http/sse';
import { v1Methods, v1Route } from '@/lib/http/v1';
import { encodeId } from '@/lib/ids';

export const { GET, POST, PUT, PATCH, DELETE } = v1Methods({
  GET: v1Route(
    {
      auth: 'user',
      docs: {
        tag: 'Users (v1)',
        summary: 'The caller’s own events, as server-sent events',
        description:
          'For clients without Socket.IO, the same events as the Socket.IO connection: `ready { userId }` (`usr_N`) on connecting, `user_updated { userId }` when the profile, preferences or avatar change (from any client or instance), and `session_revoked { reason }` when this session ends, after which the stream closes. A comment line every 20 s keeps the connection open.',
        responses: {
          200: {
            description: 'An event stream (text/event-stream) until the session ends or the client leaves',
            contentType: 'text/event-stream',
          },
        },
      },
    },
    async ({ actor }) =>
      eventStream((channel) => {
        const userId = encodeId('user', actor.userId);
        channel.send('ready', { userId });
        const stopUpdates = subscribe('user.updated', (event) => {
          if (event.userId === actor.userId) channel.send('user_updated', { userId });
        });
        const stopRevocations = subscribe('session.revoked', ({ sessionId, reason }) => {
          if (sessionId !== actor.sessionId) return;
          channel.send('session_revoked', { reason });
          channel.close();
        });
        return () => {
          stopUpdates();
          stopRevocations();
        };
      }),
  ),
});
