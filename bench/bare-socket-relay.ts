// Baseline for bench/rooms.ts: a bare Socket.IO server that relays each binary message to the
// other sockets of its room, and nothing else (no authentication, no document, no database).
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.env.PORT);
const server = createServer();
const io = new Server(server, { serveClient: false });
io.on('connection', (socket) => {
  const room = String(socket.handshake.auth.roomId);
  void socket.join(room);
  socket.on('y:sync', (message: Buffer) => socket.to(room).emit('y:sync', message));
});
server.listen(port, '127.0.0.1', () => console.log(`bare relay on ${port}`));
