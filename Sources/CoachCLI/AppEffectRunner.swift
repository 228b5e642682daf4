import CoachCore
import CoachUI

/// Performs the app's store effects. This is the seam for the store: nothing in the app is editable yet, so
/// there are no pending edits to save; the store's save routine (and the data-dir lock, taken before the
/// terminal starts) plug in here.
struct AppEffectRunner: EffectRunner {
  mutating func perform(_ effect: Effect) -> [AppAction] {
    switch effect {
    case .savePendingEdits:
      return []
    case .suspend, .repaint, .exit:
      return []  // the program performs terminal effects itself
    }
  }
}
