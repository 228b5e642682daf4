import CoachCore
import CoachStore
import CoachUI

/// Performs the app's store effects with the writer the app holds for its whole run, and tells the app how each
/// save went: a mock says "saved" only after the store's save routine returned.
struct AppEffectRunner: EffectRunner {
  let writer: StoreWriter

  mutating func perform(_ effect: Effect) -> [AppAction] {
    switch effect {
    case .saveSession(let record):
      do {
        try writer.saveSession(record)
        return [.mock(.saved(id: record.id))]
      } catch {
        return [.mock(.saveFailed(id: record.id, reason: "not saved: \(error.reason)"))]
      }
    case .savePendingEdits:
      return []  // the mock's edits arrive as `.saveSession` just before this
    case .suspend, .repaint, .exit, .bell:
      return []  // the program performs terminal effects itself
    }
  }
}
