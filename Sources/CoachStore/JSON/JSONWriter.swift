import CoachCore

/// The store's JSON writer: `JSONValue` to UTF-8 in the layout Foundation's `JSONEncoder` gives with `.sortedKeys`
/// and `.withoutEscapingSlashes` (and `.prettyPrinted`: two-space indent, `"key" : value`), so files written before
/// and after it read the same byte for byte. Whole numbers below 2^53 are written without a fraction.
public struct JSONWriter {
  public var pretty: Bool
  private(set) var bytes: [UInt8] = []

  public init(pretty: Bool) { self.pretty = pretty }

  public static func write(_ value: JSONValue, pretty: Bool) -> [UInt8] {
    var writer = JSONWriter(pretty: pretty)
    writer.bytes.reserveCapacity(256)
    writer.append(value, indent: 0)
    return writer.bytes
  }

  mutating func append(_ value: JSONValue, indent: Int) {
    switch value {
    case .null: bytes.append(contentsOf: "null".utf8)
    case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    case .number(let number): appendNumber(number)
    case .string(let text): appendString(text)
    case .array(let items): appendArray(items, indent: indent)
    case .object(let object): appendObject(object, indent: indent)
    }
  }

  private mutating func appendArray(_ items: [JSONValue], indent: Int) {
    bytes.append(UInt8(ascii: "["))
    if pretty {
      bytes.append(0x0A)
      for (offset, item) in items.enumerated() {
        if offset > 0 { bytes.append(contentsOf: ",\n".utf8) }
        appendIndent(indent + 1)
        append(item, indent: indent + 1)
      }
      bytes.append(0x0A)
      appendIndent(indent)
    } else {
      for (offset, item) in items.enumerated() {
        if offset > 0 { bytes.append(UInt8(ascii: ",")) }
        append(item, indent: indent)
      }
    }
    bytes.append(UInt8(ascii: "]"))
  }

  private mutating func appendObject(_ object: [String: JSONValue], indent: Int) {
    bytes.append(UInt8(ascii: "{"))
    let keys = object.keys.sorted()
    if pretty {
      bytes.append(0x0A)
      for (offset, key) in keys.enumerated() {
        if offset > 0 { bytes.append(contentsOf: ",\n".utf8) }
        appendIndent(indent + 1)
        appendString(key)
        bytes.append(contentsOf: " : ".utf8)
        append(object[key]!, indent: indent + 1)
      }
      bytes.append(0x0A)
      appendIndent(indent)
    } else {
      for (offset, key) in keys.enumerated() {
        if offset > 0 { bytes.append(UInt8(ascii: ",")) }
        appendString(key)
        bytes.append(UInt8(ascii: ":"))
        append(object[key]!, indent: indent)
      }
    }
    bytes.append(UInt8(ascii: "}"))
  }

  private mutating func appendIndent(_ level: Int) {
    for _ in 0..<level { bytes.append(contentsOf: "  ".utf8) }
  }

  mutating func appendNumber(_ number: Double) {
    if number.rounded() == number, abs(number) < 9_007_199_254_740_992 {
      bytes.append(contentsOf: String(Int64(number)).utf8)
    } else {
      // Foundation writes 2^53 and above as `description` without a trailing ".0".
      let text = number.description
      bytes.append(contentsOf: (text.hasSuffix(".0") ? String(text.dropLast(2)) : text).utf8)
    }
  }

  mutating func appendString(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
      case 0x0A: bytes.append(contentsOf: "\\n".utf8)
      case 0x0D: bytes.append(contentsOf: "\\r".utf8)
      case 0x09: bytes.append(contentsOf: "\\t".utf8)
      case 0x08: bytes.append(contentsOf: "\\b".utf8)
      case 0x0C: bytes.append(contentsOf: "\\f".utf8)
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: "\\u00".utf8)
        bytes.append(hex[Int(byte >> 4)])
        bytes.append(hex[Int(byte & 0x0F)])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
