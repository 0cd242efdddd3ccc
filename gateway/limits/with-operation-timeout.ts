import { AsyncLocalStorage } from 'node:async_hooks';

import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

import { ErrorCode } from '../../services/shared/platform/graphql/errors';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** The signal of the operation being executed, aborted when it runs out of time. */
const operationSignal = new AsyncLocalStorage<AbortSignal>();

/**
 * Returns the signal that aborts the current operation's work once it has
 * run longer than OPERATION_TIMEOUT_MS (undefined outside an operation): the
 * subgraph requests still in flight then end at once rather than at
 * SUBGRAPH_TIMEOUT_MS.
 */
export function currentOperationSignal(): AbortSignal | undefined {
  return operationSignal.getStore();
}

/**
 * Returns `gateway` with a time limit on every operation it executes (query
 * planning and every subgraph request): past `timeoutMs`, its subgraph
 * requests are aborted and the answer is one error with code
 * OPERATION_TIMEOUT and status 504, without partial data.
 */
export function withOperationTimeout(gateway: Gateway, timeoutMs: number): Gateway {
  const limited =
    (executor: Executor): Executor =>
    async (requestContext) => {
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => {
          controller.abort(new Error(`operation stopped after ${timeoutMs} ms`));
          resolve('timeout');
        }, timeoutMs);
      });
      try {
        const result = await Promise.race([operationSignal.run(controller.signal, () => executor(requestContext)), timedOut]);
        if (result !== 'timeout') {
          return result;
        }
        return {
          errors: [
            new GraphQLError(`The operation took longer than ${timeoutMs} ms and was stopped; ask for less, or try again later.`, {
              extensions: { code: ErrorCode.OPERATION_TIMEOUT, http: { status: 504 } },
            }),
          ],
        };
      } finally {
        clearTimeout(timer);
      }
    };
  return {
    load: async (options) => {
      const loaded = await gateway.load(options);
      return { ...loaded, executor: loaded.executor && limited(loaded.executor) };
    },
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
  };
}
