/**
 * After `shutdown`, LSP wants every request but `exit` refused with InvalidRequest. The server
 * registers its handlers on this view of the connection: each handler is wrapped so that, once
 * the shutdown handler has run, it answers that error instead of doing any work.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver'

type AnyFunction = (...args: unknown[]) => unknown

function refused(): ResponseError<void> {
  return new ResponseError(
    ErrorCodes.InvalidRequest,
    'The server is shut down: only `exit` is accepted.',
  )
}

function guarded<T extends object>(target: T, state: { down: boolean }): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver)
      if (typeof key !== 'string') return value
      // `connection.languages.semanticTokens.on(…)` and the like: handlers one level down.
      if (key === 'languages' || (object !== target && typeof value === 'object' && value)) {
        return value && typeof value === 'object' ? guarded(value as object, state) : value
      }
      if (typeof value !== 'function') return value
      const method = value as AnyFunction
      if (key === 'onShutdown') {
        return (handler: AnyFunction) =>
          method.call(object, async (...args: unknown[]) => {
            const result = await handler(...args)
            state.down = true
            return result
          })
      }
      if (key === 'onExit' || !key.startsWith('on')) return method.bind(object)
      return (...args: unknown[]) =>
        method.apply(
          object,
          args.map((arg) =>
            typeof arg === 'function'
              ? (...inner: unknown[]) => (state.down ? refused() : (arg as AnyFunction)(...inner))
              : arg,
          ),
        )
    },
  })
}

export function refuseAfterShutdown<T extends object>(connection: T): T {
  return guarded(connection, { down: false })
}
