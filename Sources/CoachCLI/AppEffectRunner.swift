import CoachCore
import CoachStore
import CoachUI

/// Performs the app's store effects with the writer the app holds for its whole run. A mock says "saved" only after
/// the store's save routine returned; card events are appended to the log with fsync before the loop draws the next
/// frame; a failure goes back to the reducer, which says so.
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
      return []
    case .recordCardEvents(let events, let cache):
      do {
        try writer.appendCardEvents(events)
      } catch {
        return [.review(.saveFailed(seqs: events.map(\.seq), reason: error.description))]
      }
      // The cache only saves a replay at the next start; the log already holds the truth.
      try? writer.saveCardState(cache)
      return []
    case .saveConfig(let config):
      do {
        try writer.saveConfig(config)
      } catch {
        return [.cardSettings(.saveFailed(reason: error.description))]
      }
      return []
    case .suspend, .repaint, .exit, .bell:
      return []  // the program performs terminal effects itself
    }
  }
}
