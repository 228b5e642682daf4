/// Where each store file lives under the data dir (DESIGN §5).
public struct StoreLayout: Sendable, Equatable {
  public let root: String

  public init(root: String) {
    self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
  }

  public var lock: String { path(Self.lockName) }
  public var sessions: String { path("sessions") }
  public var cards: String { path("cards") }
  public var backups: String { path("backups") }
  public var config: String { path(Self.configName) }
  public var cardLog: String { path(Self.cardLogName) }
  public var cardState: String { path(Self.cardStateName) }

  public func session(_ id: String) -> String { path(sessionRelative(id)) }
  public func sessionRelative(_ id: String) -> String { "sessions/\(id).json" }

  /// `root/relative`.
  public func path(_ relative: String) -> String { root + "/" + relative }

  /// The path relative to the data dir, when `path` is inside it.
  public func relative(_ path: String) -> String? {
    let prefix = root + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
  }

  public static let lockName = ".lock"
  public static let configName = "config.json"
  public static let cardLogName = "cards/log.jsonl"
  public static let cardStateName = "cards/state.json"
}
