import CoachCore

/// Why a store file could not be loaded. Corruption is set aside by the lock holder; a newer major version and an
/// unreadable file are left exactly as they are.
public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
  case missing(path: String)
  case unreadable(path: String, reason: String)
  case notJSON(path: String, detail: String)
  case badEnvelope(path: String, detail: String)
  case invalidRecord(path: String, detail: String)
  case newerMajor(path: String, version: StoreVersion)

  /// Damage the lock holder quarantines (the file can never load as it is).
  public var isCorruption: Bool {
    switch self {
    case .notJSON, .badEnvelope, .invalidRecord: true
    case .missing, .unreadable, .newerMajor: false
    }
  }

  public var path: String {
    switch self {
    case .missing(let path), .unreadable(let path, _), .notJSON(let path, _), .badEnvelope(let path, _),
      .invalidRecord(let path, _), .newerMajor(let path, _):
      path
    }
  }

  public var description: String {
    switch self {
    case .missing(let path): "\(path): no such file"
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .notJSON(let path, let detail): "\(path): not valid JSON: \(detail)"
    case .badEnvelope(let path, let detail): "\(path): not an sdcoach store file: \(detail)"
    case .invalidRecord(let path, let detail): "\(path): \(detail)"
    case .newerMajor(let path, let version):
      "\(path): written by a newer sdcoach (format \(version), this version reads \(StoreVersion.current.major).x); left untouched, update sdcoach to use it"
    }
  }
}

