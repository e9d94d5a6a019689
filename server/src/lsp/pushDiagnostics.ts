/**
 * Push diagnostics for clients without pull: debounced per document, so a burst of edits gives
 * one analysis of the last version; each publication carries the version it was computed for.
 */
export class DebouncedPublisher {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>()

  constructor(
    private readonly delayMs: number,
    private readonly publish: (uri: string) => Promise<void>,
    private readonly onError: (uri: string, error: unknown) => void,
  ) {}

  schedule(uri: string, delayMs = this.delayMs): void {
    this.cancel(uri)
    const timer = setTimeout(() => {
      this.timers.delete(uri)
      this.publish(uri).catch((error) => this.onError(uri, error))
    }, delayMs)
    this.timers.set(uri, timer)
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri)
    if (timer !== undefined) clearTimeout(timer)
    this.timers.delete(uri)
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
  }
}
