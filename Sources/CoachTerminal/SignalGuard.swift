#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Signal handling while the TUI owns the terminal.
///
/// Termination signals (SIGTERM, SIGHUP, SIGINT, SIGQUIT) only record their number: the handler is installed
/// without SA_RESTART, so the blocking input wait returns, and the loop saves pending edits through the normal
/// effect path, restores the terminal and exits 128+n. Crash signals restore the terminal with async-signal-safe
/// calls only (`tcsetattr` of the termios saved before curses started, one `write` of pre-built reset bytes),
/// put back the previous handler (Swift's backtracer) and re-raise.
public enum SignalGuard {
  public static let terminationSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
  public static let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGTRAP]

  /// Saves the terminal modes; call before curses changes them.
  public static func saveTerminalModes() {
    let state = GuardState.shared
    state.pointee.hasTermios = tcgetattr(STDIN_FILENO, &state.pointee.savedModes) == 0
  }

  /// Installs the handlers; `resetBytes` is what the crash handler writes to put the screen back
  /// (leave the alternate screen, show the cursor, reset attributes).
  public static func install(resetBytes: [UInt8]) {
    let state = GuardState.shared  // touch every global now: lazy initialisation is not async-signal-safe
    let count = min(resetBytes.count, GuardState.resetCapacity)
    for i in 0..<count { state.pointee.resetBytes[i] = resetBytes[i] }
    state.pointee.resetCount = count
    state.pointee.pending = 0
    for signal in terminationSignals { setHandler(onTermination, for: signal) }
    for signal in crashSignals { setHandler(onCrash, for: signal) }
    state.pointee.installed = true
  }

  /// Puts back the handlers that were there before `install`.
  public static func uninstall() {
    let state = GuardState.shared
    guard state.pointee.installed else { return }
    for signal in terminationSignals + crashSignals {
      _ = sigaction(signal, GuardState.previous + Int(signal), nil)
    }
    state.pointee.installed = false
  }

  /// The termination signal that arrived since the last call, if any.
  public static func takePendingSignal() -> Int32? {
    let state = GuardState.shared
    let signal = state.pointee.pending
    guard signal != 0 else { return nil }
    state.pointee.pending = 0
    return signal
  }

  private static func setHandler(_ handler: @convention(c) (Int32) -> Void, for signal: Int32) {
    var action = sigaction()
    #if os(Linux)
      action.__sigaction_handler.sa_handler = handler
    #else
      action.__sigaction_u.__sa_handler = handler
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0  // no SA_RESTART: the blocking read must return so the loop sees the flag
    _ = sigaction(signal, &action, GuardState.previous + Int(signal))
  }
}

/// What the handlers read and write, in memory allocated once so no handler ever allocates or initialises.
struct GuardState {
  var pending: Int32 = 0
  var installed = false
  var hasTermios = false
  var savedModes = termios()
  var resetBytes: UnsafeMutablePointer<UInt8>
  var resetCount = 0

  static let resetCapacity = 256

  nonisolated(unsafe) static let shared: UnsafeMutablePointer<GuardState> = {
    let pointer = UnsafeMutablePointer<GuardState>.allocate(capacity: 1)
    let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: resetCapacity)
    pointer.initialize(to: GuardState(resetBytes: bytes))
    return pointer
  }()

  /// The handler each signal had before ours, indexed by signal number.
  nonisolated(unsafe) static let previous: UnsafeMutablePointer<sigaction> = {
    let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    pointer.initialize(repeating: sigaction(), count: 65)
    return pointer
  }()
}

private func onTermination(_ signal: Int32) {
  GuardState.shared.pointee.pending = signal
}

private func onCrash(_ signal: Int32) {
  let state = GuardState.shared
  if state.pointee.hasTermios { _ = tcsetattr(STDIN_FILENO, TCSANOW, &state.pointee.savedModes) }
  _ = write(STDOUT_FILENO, state.pointee.resetBytes, state.pointee.resetCount)
  _ = sigaction(signal, GuardState.previous + Int(signal), nil)
  _ = raise(signal)
}
