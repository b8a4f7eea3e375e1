/** WebSocket close codes the collaboration endpoint uses (RFC 6455 and the private 4xxx range). */
export const CLOSE = {
  /** Text frame, or a message type the protocol does not have. */
  unsupportedData: 1003,
  /** A frame that does not decode as a y-websocket message. */
  invalidPayload: 1007,
  /** Rate limit exceeded, or the client does not read what it is sent. */
  policyViolation: 1008,
  /** Storage failed, or the document could not be loaded: the client retries. */
  internalError: 1011,
  /** Graceful shutdown: the client reconnects to the restarted server. */
  serviceRestart: 1012,
  /** The room is being unloaded or reloaded: reconnect now. */
  tryAgainLater: 1013,
  /** The scenario was deleted. y-websocket 3 does not reconnect on 4400-4499. */
  gone: 4404,
} as const;

/** A frame the server refuses; the connection that sent it is closed with `code`. */
export class ProtocolError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}
