import CoachCore
import CoachUI

/// A terminal driven by a script: keys, resizes, signals and waits on a `ManualClock`. A wait longer than the
/// program's timeout comes back as one `.timeout` per deadline, exactly as `wtimeout` would behave. When the
/// script runs out, input is closed (the program then quits as on a hang-up).
public final class ScriptedBackend: TerminalBackend {
  public enum Step: Equatable, Sendable {
    case key(Key)
    /// Each character as a key press.
    case type(String)
    case resize(Size)
    case wait(Duration)
    case signal(Int32)
  }

  public private(set) var size: Size
  public var glyphs: GlyphSet
  public let clock: ManualClock
  public private(set) var frames: [Canvas] = []
  /// The timeout of every wait the program asked for, in order.
  public private(set) var timeouts: [Duration?] = []
  public private(set) var suspensions = 0
  public private(set) var invalidations = 0
  private var steps: [Step]

  public init(size: Size, clock: ManualClock, glyphs: GlyphSet = .unicode, steps: [Step]) {
    self.size = size
    self.clock = clock
    self.glyphs = glyphs
    self.steps = steps.flatMap { step -> [Step] in
      if case .type(let text) = step { return text.map { .key(.char($0)) } }
      return [step]
    }
  }

  public var lastFrame: Canvas? { frames.last }

  public func nextEvent(timeout: Duration?) -> TerminalEvent {
    timeouts.append(timeout)
    while !steps.isEmpty {
      switch steps.removeFirst() {
      case .key(let key):
        return .key(key)
      case .type:
        continue  // expanded in init
      case .resize(let newSize):
        size = newSize
        return .resized(newSize)
      case .signal(let number):
        return .terminated(signal: number)
      case .wait(let duration):
        if let timeout, timeout < duration {
          clock.advance(by: timeout)
          steps.insert(.wait(duration - timeout), at: 0)
          return .timeout
        }
        clock.advance(by: duration)
      }
    }
    return .inputClosed
  }

  public func draw(_ canvas: Canvas) { frames.append(canvas) }

  public func invalidate() { invalidations += 1 }

  public func suspend() { suspensions += 1 }

  public private(set) var bells = 0

  public func bell() { bells += 1 }
}
