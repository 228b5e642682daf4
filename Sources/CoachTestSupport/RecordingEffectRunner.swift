import CoachCore
import CoachUI

/// An effect runner that records what it was asked to do.
public final class RecordingEffectRunner: EffectRunner {
  public private(set) var performed: [Effect] = []

  public init() {}

  public func perform(_ effect: Effect) -> [AppAction] {
    performed.append(effect)
    return []
  }
}
