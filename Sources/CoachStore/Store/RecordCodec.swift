import CoachCore
import Foundation

/// JSON coding of store files: the envelope (`format`, `version`, `written_by`), whole-second UTC dates, and the
/// unknown fields a record carries, merged back on save (RELIABILITY I6, I7).
public enum RecordCodec {
  /// The `written_by` of files this build saves.
  public static let writtenBy = "sdcoach \(AppVersion.current)"

  /// Files larger than this are not read (a damaged or foreign file must not exhaust memory).
  public static let maximumFileSize = 64 << 20

  public static func encode<R: StoreRecord>(_ record: R, pretty: Bool = true) throws -> Data {
    var object = try knownJSON(record).objectValue ?? [:]
    object = record.unknownFields.applied(to: .object(object)).objectValue ?? object
    let kept = object["version"].flatMap(version(from:))
    object["format"] = .string("sdcoach.\(R.kind)")
    // A newer minor's file stays marked with its minor: it still holds that version's fields.
    let written = max(kept ?? .current, .current)
    object["version"] = .object(["major": .number(Double(written.major)), "minor": .number(Double(written.minor))])
    object["written_by"] = .string(writtenBy)
    return try serialize(.object(object), pretty: pretty)
  }

  public static func decode<R: StoreRecord>(_ type: R.Type, from data: Data, path: String) throws(LoadError) -> R {
    let raw = try parse(data, path: path)
    try checkEnvelope(raw, kind: R.kind, path: path)
    return try decodeBody(type, raw: .object(strippedEnvelope(raw)), path: path)
  }

  /// The body of an enveloped file. `version` is dropped too, unless it is newer than ours: then it travels in the
  /// record's unknown fields so the file keeps saying which minor's fields it holds.
  static func strippedEnvelope(_ raw: JSONValue) -> [String: JSONValue] {
    var object = raw.objectValue ?? [:]
    object["format"] = nil
    object["written_by"] = nil
    if let version = object["version"].flatMap(version(from:)), version <= .current { object["version"] = nil }
    return object
  }

  /// A record (or a line of a log) from its JSON, carrying what this version does not know.
  static func decodeBody<R: PreservesUnknownFields>(_ type: R.Type, raw: JSONValue, path: String) throws(LoadError) -> R {
    do {
      var record = try JSONValueDecoder().decode(R.self, from: raw)
      record.unknownFields = UnknownFields.difference(raw: raw, known: try knownJSON(record))
      return record
    } catch let error as DecodingError {
      throw .invalidRecord(path: path, detail: describe(error))
    } catch {
      throw .invalidRecord(path: path, detail: "\(error)")
    }
  }

  /// The envelope must name this kind; a newer major version is refused before anything else is read.
  static func checkEnvelope(_ raw: JSONValue, kind: String, path: String) throws(LoadError) {
    guard case .object(let object) = raw else { throw .badEnvelope(path: path, detail: "not a JSON object") }
    guard let format = object["format"]?.stringValue else {
      throw .badEnvelope(path: path, detail: "no \"format\" field")
    }
    guard format == "sdcoach.\(kind)" else {
      throw .badEnvelope(path: path, detail: "format is \"\(format)\", expected \"sdcoach.\(kind)\"")
    }
    guard let version = object["version"].flatMap(version(from:)) else {
      throw .badEnvelope(path: path, detail: "no valid \"version\" {major, minor}")
    }
    if version.major > StoreVersion.current.major { throw .newerMajor(path: path, version: version) }
    guard version.major >= 1 else { throw .badEnvelope(path: path, detail: "unknown version \(version)") }
  }

  static func parse(_ data: Data, path: String) throws(LoadError) -> JSONValue {
    guard data.count <= maximumFileSize else {
      throw .notJSON(path: path, detail: "larger than \(maximumFileSize >> 20) MiB")
    }
    return try parse(bytes: data, path: path)
  }

  /// One parse of a record's bytes (a file, or one line of a log).
  static func parse<C: Collection<UInt8>>(bytes: C, path: String) throws(LoadError) -> JSONValue {
    do {
      return try JSONParser.parse(bytes)
    } catch {
      throw .notJSON(path: path, detail: error.description)
    }
  }

  static func version(from value: JSONValue) -> StoreVersion? {
    guard let major = value["major"]?.numberValue, let minor = value["minor"]?.numberValue,
      major == major.rounded(), minor == minor.rounded(), abs(major) < 1e9, abs(minor) < 1e9
    else { return nil }
    return StoreVersion(major: Int(major), minor: Int(minor))
  }

  static func knownJSON<T: Encodable>(_ value: T) throws -> JSONValue {
    try JSONValueEncoder().encode(value)
  }

  static func serialize(_ value: JSONValue, pretty: Bool) throws -> Data {
    var bytes = JSONWriter.write(value, pretty: pretty)
    if pretty { bytes.append(0x0A) }
    return Data(bytes)
  }

  /// "field phases[0].planned_seconds: expected a number" from a DecodingError.
  static func describe(_ error: DecodingError) -> String {
    func path(_ keys: [any CodingKey]) -> String {
      let text = keys.reduce("") { text, key in
        if let index = key.intValue { return text + "[\(index)]" }
        return text.isEmpty ? key.stringValue : text + "." + key.stringValue
      }
      return text.isEmpty ? "the top level" : "field \(text)"
    }
    switch error {
    case .typeMismatch(let type, let context):
      return "\(path(context.codingPath)): expected \(describe(type))"
    case .valueNotFound(let type, let context):
      return "\(path(context.codingPath)): expected \(describe(type)), found null"
    case .keyNotFound(let key, let context):
      return "\(path(context.codingPath + [key])): missing"
    case .dataCorrupted(let context):
      let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
      return "\(path(context.codingPath)): \(underlying ?? context.debugDescription)"
    @unknown default:
      return "\(error)"
    }
  }

  private static func describe(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Int.Type, is Double.Type: "a number"
    case is Bool.Type: "true or false"
    case is Date.Type: "a UTC time like 2026-11-23T10:15:00Z"
    default: "\(type)"
    }
  }
}
