/**
 * The still scenes shown before the demo runs and whenever JavaScript is off: which node is in
 * which state, which transfers are drawn, and the words that say the same thing.
 */
import type { Scenario } from '../consts';

import type { NodeStatus } from './glyphs';
/** [from, to, kind]; -1 is the server, other numbers index the nodes. */
export type Flow = [number, number, 'request' | 'response' | 'chunk'];

export interface ScenePart {
  nodes: NodeStatus[];
  serverOnline: boolean;
  /** Requests waiting at the server. */
  queue: number;
  flows: Flow[];
  /** What the panel shows, for its text alternative. */
  alt: string;
}

export interface Scene {
  title: string;
  caption: string;
  clientServer: ScenePart;
  p2p: ScenePart;
}

const repeat = (state: NodeStatus, n: number): NodeStatus[] => Array.from({ length: n }, () => state);

export const SCENES: Record<Scenario, Scene> = {
  'request-response': {
    title: 'Request and response',
    caption:
      'On the left, one client sends a request to the server and another receives the server’s response; the rest wait their turn. On the right, peers ask each other directly, so every peer can answer as well as ask.',
    clientServer: {
      nodes: ['requesting', 'idle', 'downloading', 'idle', 'idle', 'idle'],
      serverOnline: true,
      queue: 0,
      flows: [[0, -1, 'request'], [-1, 2, 'response']],
      alt: 'a server in the middle of six clients; client 1 sends a request, the server responds to client 3.',
    },
    p2p: {
      nodes: ['requesting', 'idle', 'downloading', 'idle', 'downloading', 'idle'],
      serverOnline: true,
      queue: 0,
      flows: [[0, 1, 'request'], [3, 2, 'chunk'], [5, 4, 'chunk']],
      alt: 'six peers in a ring; peer 1 asks peer 2, while peers 4 and 6 send pieces to peers 3 and 5.',
    },
  },
  'many-clients': {
    title: 'Many clients',
    caption:
      'With many clients, requests reach the server faster than it can answer them: a queue builds and every client waits longer. Peers spread the same work across everyone’s upload capacity.',
    clientServer: {
      nodes: [...repeat('requesting', 10), ...repeat('idle', 4), 'downloading', 'done'],
      serverOnline: true,
      queue: 8,
      flows: [[0, -1, 'request'], [3, -1, 'request'], [-1, 14, 'response']],
      alt: 'a server surrounded by sixteen clients; ten are waiting, eight requests sit in the server queue.',
    },
    p2p: {
      nodes: [...repeat('downloading', 8), ...repeat('done', 6), 'requesting', 'idle'],
      serverOnline: true,
      queue: 0,
      flows: [[1, 2, 'chunk'], [5, 6, 'chunk'], [9, 10, 'chunk'], [12, 13, 'chunk']],
      alt: 'sixteen peers; eight downloading from each other, six done.',
    },
  },
  'file-distribution': {
    title: 'File distribution',
    caption:
      'Both architectures send the same file to eight machines. The server alone must upload every copy, so client-server finishes later; in P2P each peer forwards the pieces it has, adding its own upload capacity.',
    clientServer: {
      nodes: ['done', 'done', 'downloading', 'downloading', 'downloading', 'downloading', 'downloading', 'downloading'],
      serverOnline: true,
      queue: 0,
      flows: [[-1, 2, 'response'], [-1, 5, 'response']],
      alt: 'a server sending the file to eight clients; two are done, six still downloading.',
    },
    p2p: {
      nodes: ['done', 'done', 'done', 'done', 'done', 'downloading', 'done', 'downloading'],
      serverOnline: true,
      queue: 0,
      flows: [[4, 5, 'chunk'], [6, 7, 'chunk']],
      alt: 'eight peers; six are done and forward pieces to the last two.',
    },
  },
  'server-failure': {
    title: 'Server failure',
    caption:
      'The server has failed. Every client-server client stalls, because only the server holds the data. Peers that already hold pieces keep serving one another, so P2P carries on without it.',
    clientServer: {
      nodes: repeat('requesting', 8),
      serverOnline: false,
      queue: 0,
      flows: [],
      alt: 'the server is offline; all eight clients are stuck waiting.',
    },
    p2p: {
      nodes: ['done', 'downloading', 'done', 'downloading', 'done', 'downloading', 'done', 'downloading'],
      serverOnline: false,
      queue: 0,
      flows: [[0, 1, 'chunk'], [2, 3, 'chunk'], [4, 5, 'chunk'], [6, 7, 'chunk']],
      alt: 'the seeding server is offline; four peers that are done send pieces to the other four.',
    },
  },
  'peer-churn': {
    title: 'Peer churn',
    caption:
      'Peers come and go. Three peers have left, taking their pieces with them; if no online peer holds a piece, nobody can finish until a holder returns. The client-server side does not depend on clients staying.',
    clientServer: {
      nodes: ['done', 'downloading', 'done', 'downloading', 'idle', 'downloading', 'done', 'downloading'],
      serverOnline: true,
      queue: 0,
      flows: [[-1, 1, 'response'], [-1, 3, 'response']],
      alt: 'a server sending to eight clients; some are done, the others downloading.',
    },
    p2p: {
      nodes: ['downloading', 'offline', 'done', 'offline', 'downloading', 'offline', 'done', 'downloading'],
      serverOnline: true,
      queue: 0,
      flows: [[2, 0, 'chunk'], [6, 7, 'chunk']],
      alt: 'eight peers; three are offline, two are done and share with the rest.',
    },
  },
};
