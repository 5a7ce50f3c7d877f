import "server-only";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { PEER_ADDRESS_HEADER } from "@/lib/auth/client-address";

let recording = false;

function onRequestStart(message: unknown): void {
  const { request, socket } = message as { request: IncomingMessage; socket: Socket };
  // Set on every request, so a client's own header of that name never survives.
  request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? "";
}

/**
 * Copies each request's socket peer address into a request header the app can read: Next
 * exposes no client address of its own, and its x-forwarded-for is the client's when the client
 * sends one. Node publishes "http.server.request.start" before any 'request' listener (Next's)
 * runs. Called once at start (instrumentation.ts).
 */
export function recordPeerAddresses(): void {
  if (recording) return;
  subscribe("http.server.request.start", onRequestStart);
  recording = true;
}
