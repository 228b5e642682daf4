import CoachCore

/// A small deck, fuzz-free settings and clock values for flashcard tests and snapshots, written here so goldens
/// do not change when the bundled decks do.
public enum CardFixtures {
  /// 2026-11-23T10:00:00Z, a Monday.
  public static let wallSeconds: Int64 = 1_795_428_000

  public static func now(plusSeconds seconds: Int64 = 0, utcOffset: Int = 0) -> Now {
    Now(monotonic: Instant(sinceStart: .seconds(seconds)), wallSeconds: wallSeconds + seconds, utcOffsetSeconds: utcOffset)
  }

  public static let concepts = CardDeck(
    id: "concepts", title: "Concepts", description: "Test deck",
    cards: [
      CardSpec(
        id: "cdn", body: .basic(front: "What does a CDN keep close to users?", back: "Static assets: images, video segments, scripts."),
        tags: ["caching", "cdn"]),
      CardSpec(
        id: "cache-aside", body: .basic(front: "How does cache-aside read?", back: "Read the cache; on a miss read the database and fill the cache."),
        tags: ["caching"]),
      CardSpec(id: "nines", body: .cloze("Three nines allow {{c1::8.8 hours}} of downtime a year; four nines {{c2::53 minutes}}."), tags: ["numbers"]),
      CardSpec(id: "quorum", body: .basic(front: "With N=3 replicas, which R and W give strong reads?", back: "R + W > N, e.g. R=2, W=2."), tags: ["consistency"]),
      CardSpec(id: "shard-key", body: .basic(front: "What makes a good shard key?", back: "High cardinality, even load, and most queries hit one shard."), tags: ["sharding"]),
    ])

  public static let bundle = ContentBundle(
    framework: Fixtures.framework, rubrics: [], problems: Fixtures.problems, decks: [concepts])

  /// Defaults with fuzz off, so tests can state intervals exactly.
  public static let settings: CardSettings = (try? CardSettings(AppConfig(), fuzz: false)) ?? .defaults

  /// A fresh app state holding the test deck and no history.
  public static func state(_ size: Size = Size(width: 80, height: 24), settings: CardSettings = settings) -> AppState {
    var state = AppState(content: bundle, viewport: size)
    state.cards.settings = settings
    return state
  }
}
