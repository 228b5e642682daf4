import CoachCore
import CoachStore
import CoachUI

/// Performs the app's store effects with the writer the app holds for its whole run. Home, help and the
/// problem browser edit nothing, so `.savePendingEdits` has nothing to write until a screen keeps unsaved text.
struct AppEffectRunner: EffectRunner {
  let writer: StoreWriter

  mutating func perform(_ effect: Effect) -> [AppAction] {
    switch effect {
    case .savePendingEdits:
      return []
    case .suspend, .repaint, .exit:
      return []  // the program performs terminal effects itself
    }
  }
}
