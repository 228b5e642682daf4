import CoachCore
import Foundation

/// The kinds of store file, told apart by their place in the data dir, and how to check one parses.
public enum StoreFileKind: String, Sendable, CaseIterable {
  case session, config, cardLog, cardState

  public init?(relativePath: String) {
    switch relativePath {
    case StoreLayout.configName: self = .config
    case StoreLayout.cardLogName: self = .cardLog
    case StoreLayout.cardStateName: self = .cardState
    default:
      let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count == 2, parts[0] == "sessions", parts[1].hasSuffix(".json"), !parts[1].hasPrefix(".") else {
        return nil
      }
      self = .session
    }
  }

  /// Throws what is wrong with `data` as a file of this kind (a torn log tail is not an error: it is trimmed).
  public func check(_ data: Data, path: String) throws(LoadError) {
    switch self {
    case .session: _ = try RecordCodec.decode(SessionRecord.self, from: data, path: path)
    case .config: _ = try RecordCodec.decode(AppConfig.self, from: data, path: path)
    case .cardState: _ = try RecordCodec.decode(CardStateCache.self, from: data, path: path)
    case .cardLog: _ = try CardLog.parse(data, path: path)
    }
  }
}
