import CoachCore

/// Loads the review history: the state cache when its stamp says it reflects the log (then only events appended
/// after it are read), else the whole log, the truth, replayed (DESIGN §5). Either way the result is the same.
public enum CardHistory {
  /// For the lock holder: trims a torn log tail, creates a missing log and saves a cache that had to be rebuilt or
  /// caught up. `rebuilt` says whether the whole log was read (streamed through a fold: memory for the cards only).
  public static func open(writer: StoreWriter) throws -> (collection: CardCollection, rebuilt: Bool) {
    let reader = StoreReader(dataDir: writer.layout.root)
    let cache = try? reader.cardState()
    if let cache, let tail = catchUp(cache, path: writer.layout.cardLog) {
      if tail.tornTail {
        let contents = CardLogContents(
          header: CardLogHeader(), events: [], goodLength: tail.goodLength, tornTail: true, badLines: [])
        if try CardLog.trimTornTail(writer.layout.cardLog, contents: contents) {
          writer.note("\(writer.layout.cardLog): removed a half-written last line left by a crash")
        }
      }
      let collection = CardCollection(cache: cache, appended: tail.events)
      if !tail.events.isEmpty || tail.tornTail { try? writer.saveCardState(collection.state) }
      return (collection, false)
    }
    var fold = CardLogFold()
    _ = try writer.openCardLog { fold.take($0) }
    let collection = try CardCollection(fold: fold) { try writer.openCardLog().events }
    // A cache that cannot be saved is only slower next time: the log stays the truth.
    try? writer.saveCardState(collection.state)
    return (collection, true)
  }

  /// For read-only commands: nothing is trimmed, created or saved; a torn tail is ignored.
  public static func read(reader: StoreReader) throws(LoadError) -> CardCollection {
    let cache = try? reader.cardState()
    if let cache, let tail = catchUp(cache, path: reader.layout.cardLog) {
      return CardCollection(cache: cache, appended: tail.events)
    }
    var fold = CardLogFold()
    _ = try reader.cardLog { fold.take($0) }
    return try CardCollection(fold: fold) { () throws(LoadError) in try reader.cardLog()?.events ?? [] }
  }

  /// The events appended after the cache was saved, when the cache's stamp names this log and what follows it
  /// continues the cache's `seq` without an undo; nil when only the whole log can tell.
  static func catchUp(_ cache: CardStateCache, path: String) -> CardLogContents? {
    guard let stamp = cache.logStamp, cache.activity != nil, let now = FileStamping.current(path),
      now.inode == stamp.inode, now.bytes >= stamp.bytes, stamp.bytes > 0
    else { return nil }
    if now.bytes == stamp.bytes {
      guard now.modifiedNanoseconds == stamp.modifiedNanoseconds else { return nil }
      return CardLogContents(header: CardLogHeader(), events: [], goodLength: stamp.bytes, tornTail: false, badLines: [])
    }
    guard let tail = try? CardLog.readTail(path, from: stamp.bytes), tail.badLines.isEmpty else { return nil }
    var expected = cache.seq + 1
    for event in tail.events {
      guard event.seq == expected, event.kind != .undo else { return nil }
      expected += 1
    }
    return tail
  }
}
