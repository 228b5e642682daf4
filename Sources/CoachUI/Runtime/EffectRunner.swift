import CoachCore

/// Performs the effects that touch the world outside the terminal (the store, exports) and may feed actions
/// back (a failed save). Terminal effects (suspend, repaint, exit) are the program's own.
public protocol EffectRunner {
  mutating func perform(_ effect: Effect) -> [AppAction]
}
