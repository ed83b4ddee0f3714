import { encodeId } from '@/lib/ids';

export interface RoomLinks {
  /** The room's page in this app, where the video call runs. */
  videoUrl: string;
  /** The room's WebSocket endpoint (codemeet-api.md WebSocket Events: `/ws/rooms/{roomId}`). */
  editorUrl: string;
}

/** Where a room lives, as absolute URLs of this app (the contract's §2.4 and §4.1 `videoUrl` and `editorUrl`). */
export function roomLinks(origin: string, roomId: number): RoomLinks {
  const id = encodeId('room', roomId);
  const editor = new URL(`/ws/rooms/${id}`, origin);
  editor.protocol = editor.protocol === 'https:' ? 'wss:' : 'ws:';
  return { videoUrl: new URL(`/rooms/${id}`, origin).toString(), editorUrl: editor.toString() };
}
