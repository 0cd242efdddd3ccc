import { PEER_TIMEOUT_MS } from './peer-caller';

/** Returns a short reason for a failed request to a peer: a timeout, a refused connection, or the error message. */
export function describePeerFailure(error: Error): string {
  if (error.name === 'TimeoutError') {
    return `no answer within ${PEER_TIMEOUT_MS / 1000} s`;
  }
  const cause = (error as Error & { cause?: { code?: string } }).cause;
  return cause?.code ?? error.message;
}
