'use client';

import { Video, VideoOff } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { Socket } from 'socket.io-client';
import type { RoomStrings } from '@/lib/i18n/rooms';
import type { Envelope } from './use-room';

type Signal =
  | { kind: 'offer' | 'answer'; payload: RTCSessionDescriptionInit }
  | { kind: 'candidate'; payload: RTCIceCandidateInit }
  | { kind: 'hangup' };

/**
 * One call with the partner over WebRTC, signalled through the room's socket (offers, answers
 * and ICE candidates relayed to the partner), by the "perfect negotiation" pattern: each side
 * offers when its tracks change (negotiationneeded), and the interviewee is the "polite" peer,
 * whose offer gives way when both offer at once. Incoming signals are handled one at a time, in
 * order, so an answer or a candidate never overtakes the offer it follows.
 */
class VideoCall {
  private peer: RTCPeerConnection | null = null;
  private stream: MediaStream | null = null;
  /** Between creating an offer and sending it: an offer arriving then collides with ours. */
  private makingOffer = false;
  /** The impolite side ignored the partner's colliding offer: its candidates are ignored too. */
  private ignoreOffer = false;
  private inbox: Promise<void> = Promise.resolve();

  constructor(
    private readonly socket: Socket,
    private readonly polite: boolean,
    private readonly iceServers: RTCIceServer[],
    private readonly view: { local: () => HTMLVideoElement | null; remote: () => HTMLVideoElement | null; onState: (on: boolean) => void },
  ) {
    socket.on('signal', this.onSignal);
  }

  private signal(message: Signal) {
    this.socket.emit('signal', message);
  }

  private connection(): RTCPeerConnection {
    if (this.peer) return this.peer;
    const pc = new RTCPeerConnection({ iceServers: this.iceServers });
    pc.onicecandidate = (e) => e.candidate && this.signal({ kind: 'candidate', payload: e.candidate.toJSON() });
    pc.ontrack = (e) => {
      const video = this.view.remote();
      if (video) video.srcObject = e.streams[0] ?? null;
    };
    pc.onnegotiationneeded = async () => {
      try {
        this.makingOffer = true;
        await pc.setLocalDescription();
        if (pc.localDescription?.type === 'offer') this.signal({ kind: 'offer', payload: pc.localDescription.toJSON() });
      } catch {
        // A colliding offer won (this side is polite): the partner's offer is being answered instead.
      } finally {
        this.makingOffer = false;
      }
    };
    this.peer = pc;
    return pc;
  }

  /** Our camera and microphone go to the partner; the offer follows from negotiationneeded. */
  async start(): Promise<void> {
    const media = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
    this.stream = media;
    const video = this.view.local();
    if (video) video.srcObject = media;
    const pc = this.connection();
    media.getTracks().forEach((track) => pc.addTrack(track, media));
    this.view.onState(true);
  }

  hangUp(tell: boolean): void {
    this.peer?.close();
    this.peer = null;
    this.makingOffer = false;
    this.ignoreOffer = false;
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = null;
    const video = this.view.remote();
    if (video) video.srcObject = null;
    this.view.onState(false);
    if (tell) this.signal({ kind: 'hangup' });
  }

  private readonly onSignal = (envelope: Envelope<Signal>) => {
    const message = envelope.data;
    this.inbox = this.inbox.then(() => this.receive(message)).catch(() => undefined);
  };

  private async receive(message: Signal): Promise<void> {
    if (message.kind === 'hangup') return this.hangUp(false);
    const pc = this.connection();
    if (message.kind === 'candidate') {
      try {
        await pc.addIceCandidate(message.payload);
      } catch (error) {
        if (!this.ignoreOffer) throw error;
      }
      return;
    }
    const collision = message.kind === 'offer' && (this.makingOffer || pc.signalingState !== 'stable');
    this.ignoreOffer = !this.polite && collision;
    if (this.ignoreOffer) return;
    // A polite side with its own offer out rolls it back here (implicitly) and answers instead.
    await pc.setRemoteDescription({ type: message.kind, sdp: message.payload.sdp });
    if (message.kind === 'offer') {
      await pc.setLocalDescription();
      if (pc.localDescription) this.signal({ kind: 'answer', payload: pc.localDescription.toJSON() });
    }
  }

  dispose(): void {
    this.socket.off('signal', this.onSignal);
    this.hangUp(false);
  }
}

/** Peer video and audio, when the room was matched with video on; the room works without it. */
export function VideoPanel({
  socket,
  polite,
  iceServers,
  d,
}: {
  socket: Socket | null;
  polite: boolean;
  iceServers: RTCIceServer[];
  d: RoomStrings;
}) {
  const local = useRef<HTMLVideoElement>(null);
  const remote = useRef<HTMLVideoElement>(null);
  const [call, setCall] = useState<VideoCall | null>(null);
  const [on, setOn] = useState(false);
  const [failure, setFailure] = useState(false);

  useEffect(() => {
    if (!socket) return;
    const created = new VideoCall(socket, polite, iceServers, { local: () => local.current, remote: () => remote.current, onState: setOn });
    setCall(created);
    return () => created.dispose();
  }, [socket, polite, iceServers]);

  const toggle = () => {
    if (!call) return;
    if (on) return call.hangUp(true);
    setFailure(false);
    call.start().catch(() => {
      setFailure(true);
      call.hangUp(false);
    });
  };

  return (
    <section className="space-y-2" data-testid="video">
      <div className="flex items-center justify-between">
        <h2 className="font-semibold">{d.video}</h2>
        <button type="button" className="btn-secondary inline-flex items-center gap-1" onClick={toggle} data-testid="video-toggle">
          {on ? <VideoOff className="size-4" aria-hidden /> : <Video className="size-4" aria-hidden />}
          {on ? d.stopVideo : d.startVideo}
        </button>
      </div>
      {failure && (
        <p className="text-sm text-red-600" role="alert">
          {d.videoUnavailable}
        </p>
      )}
      <div className="grid grid-cols-2 gap-2">
        <video ref={remote} autoPlay playsInline className="aspect-video w-full rounded bg-slate-900" data-testid="remote-video" />
        <video ref={local} autoPlay playsInline muted className="aspect-video w-full rounded bg-slate-800" />
      </div>
    </section>
  );
}
