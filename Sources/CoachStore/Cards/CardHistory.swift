import CoachCore

/// Loads the review history: the log (the truth) and the state cache, rebuilt from the log when it is missing,
/// unreadable or at a different `seq` (DESIGN §5).
public enum CardHistory {
  /// For the lock holder: trims a torn log tail, creates a missing log and saves a rebuilt cache. `rebuilt` says
  /// whether the cache had to be rebuilt.
  public static func open(writer: StoreWriter) throws -> (collection: CardCollection, rebuilt: Bool) {
    let contents = try writer.openCardLog()
    let cache = try? StoreReader(dataDir: writer.layout.root).cardState()
    let rebuilt = CardCollection.needsRebuild(cache, events: contents.events)
    let collection = CardCollection(events: contents.events, cache: cache)
    // A cache that cannot be saved is only slower next time: the log stays the truth.
    if rebuilt { try? writer.saveCardState(collection.state) }
    return (collection, rebuilt)
  }

  /// For read-only commands: nothing is trimmed, created or saved; a torn tail is ignored.
  public static func read(reader: StoreReader) throws(LoadError) -> CardCollection {
    let events = try reader.cardLog()?.events ?? []
    let cache = try? reader.cardState()
    return CardCollection(events: events, cache: cache)
  }
}
