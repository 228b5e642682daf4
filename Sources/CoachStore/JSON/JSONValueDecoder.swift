import CoachCore
import Foundation

/// Decodes a `Decodable` straight from a parsed `JSONValue` (no second parse), with Foundation's rules for the
/// types the store uses — numbers to integers only when exact, `.iso8601` dates, `DecodingError`s with the coding
/// path — so messages naming a field stay the same.
public struct JSONValueDecoder {
  public init() {}

  public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
    try JSONValueDecoding(value: value, codingPath: []).unbox(type)
  }
}

struct JSONValueDecoding: Decoder {
  let value: JSONValue
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let object) = value else {
      throw mismatch([String: JSONValue].self, "a dictionary")
    }
    return KeyedDecodingContainer(KeyedContainer<Key>(object: object, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let items) = value else { throw mismatch([JSONValue].self, "an array") }
    return UnkeyedContainer(items: items, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleContainer(decoding: self) }

  func mismatch(_ type: Any.Type, _ expected: String) -> DecodingError {
    DecodingError.typeMismatch(
      type,
      .init(codingPath: codingPath, debugDescription: "Expected to decode \(expected) but found \(value.kindName) instead."))
  }

  func unbox<T: Decodable>(_ type: T.Type) throws -> T {
    if type == JSONValue.self { return value as! T }
    if type == Date.self {
      guard case .string(let text) = value else { throw mismatch(String.self, "a string") }
      guard let date = JSONDate.parse(text) else {
        throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "Expected date string to be ISO8601-formatted."))
      }
      return date as! T
    }
    return try T(from: self)
  }

  func unboxBool() throws -> Bool {
    guard case .bool(let flag) = value else { throw mismatch(Bool.self, "a Bool") }
    return flag
  }

  func unboxString() throws -> String {
    guard case .string(let text) = value else { throw mismatch(String.self, "a String") }
    return text
  }

  func unboxDouble() throws -> Double {
    guard case .number(let number) = value else { throw mismatch(Double.self, "a number") }
    return number
  }

  func unboxInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
    guard case .number(let number) = value else { throw mismatch(type, "a number") }
    guard number.rounded() == number, let exact = T(exactly: number) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: codingPath, debugDescription: "Parsed JSON number <\(number)> does not fit in \(type)."))
    }
    return exact
  }
}

extension JSONValue {
  var kindName: String {
    switch self {
    case .null: "null"
    case .bool: "bool"
    case .number: "number"
    case .string: "string"
    case .array: "array"
    case .object: "dictionary"
    }
  }
}

private struct JSONKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init(intValue: Int) {
    stringValue = "Index \(intValue)"
    self.intValue = intValue
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let object: [String: JSONValue]
  let codingPath: [any CodingKey]

  var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool { object[key.stringValue] != nil }

  private func child(_ key: Key) throws -> JSONValueDecoding {
    guard let value = object[key.stringValue] else {
      throw DecodingError.keyNotFound(
        key, .init(codingPath: codingPath, debugDescription: "No value associated with key \(key.stringValue)."))
    }
    return JSONValueDecoding(value: value, codingPath: codingPath + [key])
  }

  func decodeNil(forKey key: Key) throws -> Bool {
    guard let value = object[key.stringValue] else {
      throw DecodingError.keyNotFound(
        key, .init(codingPath: codingPath, debugDescription: "No value associated with key \(key.stringValue)."))
    }
    return value == .null
  }

  private func nonNull(_ key: Key, _ type: Any.Type) throws -> JSONValueDecoding {
    let decoding = try child(key)
    if decoding.value == .null {
      throw DecodingError.valueNotFound(
        type, .init(codingPath: decoding.codingPath, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
    }
    return decoding
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try nonNull(key, type).unboxBool() }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try nonNull(key, type).unboxString() }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try nonNull(key, type).unboxDouble() }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try nonNull(key, type).unboxDouble()) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try nonNull(key, type).unboxInteger(type) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try nonNull(key, type).unboxInteger(type) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try nonNull(key, type).unboxInteger(type) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try nonNull(key, type).unboxInteger(type) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try nonNull(key, type).unboxInteger(type) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try nonNull(key, type).unboxInteger(type) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try nonNull(key, type).unboxInteger(type) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try nonNull(key, type).unboxInteger(type) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try nonNull(key, type).unboxInteger(type) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try nonNull(key, type).unboxInteger(type) }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    let decoding = try child(key)
    if decoding.value == .null, type != JSONValue.self, !(type is any OptionalDecodable.Type) {
      throw DecodingError.valueNotFound(
        type, .init(codingPath: decoding.codingPath, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
    }
    return try decoding.unbox(type)
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let value = object[key.stringValue], value != .null else { return nil }
    return try JSONValueDecoding(value: value, codingPath: codingPath + [key]).unbox(type)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try child(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try child(key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder {
    JSONValueDecoding(value: object["super"] ?? .null, codingPath: codingPath + [JSONKey(stringValue: "super")])
  }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    JSONValueDecoding(value: object[key.stringValue] ?? .null, codingPath: codingPath + [key])
  }
}

/// Optionals may decode from null through `decode(_:forKey:)`.
private protocol OptionalDecodable {}
extension Optional: OptionalDecodable {}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
  let items: [JSONValue]
  let codingPath: [any CodingKey]
  var currentIndex = 0

  init(items: [JSONValue], codingPath: [any CodingKey]) {
    self.items = items
    self.codingPath = codingPath
  }

  var count: Int? { items.count }
  var isAtEnd: Bool { currentIndex >= items.count }

  private mutating func next(_ type: Any.Type) throws -> JSONValueDecoding {
    let key = JSONKey(intValue: currentIndex)
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        type, .init(codingPath: codingPath + [key], debugDescription: "Unkeyed container is at end."))
    }
    let decoding = JSONValueDecoding(value: items[currentIndex], codingPath: codingPath + [key])
    currentIndex += 1
    return decoding
  }

  private mutating func nextNonNull(_ type: Any.Type) throws -> JSONValueDecoding {
    let decoding = try next(type)
    if decoding.value == .null {
      currentIndex -= 1
      throw DecodingError.valueNotFound(
        type, .init(codingPath: decoding.codingPath, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
    }
    return decoding
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd else { throw DecodingError.valueNotFound(Any?.self, .init(codingPath: codingPath, debugDescription: "Unkeyed container is at end.")) }
    if items[currentIndex] == .null {
      currentIndex += 1
      return true
    }
    return false
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try nextNonNull(type).unboxBool() }
  mutating func decode(_ type: String.Type) throws -> String { try nextNonNull(type).unboxString() }
  mutating func decode(_ type: Double.Type) throws -> Double { try nextNonNull(type).unboxDouble() }
  mutating func decode(_ type: Float.Type) throws -> Float { Float(try nextNonNull(type).unboxDouble()) }
  mutating func decode(_ type: Int.Type) throws -> Int { try nextNonNull(type).unboxInteger(type) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try nextNonNull(type).unboxInteger(type) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try nextNonNull(type).unboxInteger(type) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try nextNonNull(type).unboxInteger(type) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try nextNonNull(type).unboxInteger(type) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try nextNonNull(type).unboxInteger(type) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try nextNonNull(type).unboxInteger(type) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try nextNonNull(type).unboxInteger(type) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try nextNonNull(type).unboxInteger(type) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try nextNonNull(type).unboxInteger(type) }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let decoding = try next(type)
    if decoding.value == .null, type != JSONValue.self, !(type is any OptionalDecodable.Type) {
      currentIndex -= 1
      throw DecodingError.valueNotFound(
        type, .init(codingPath: decoding.codingPath, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
    }
    return try decoding.unbox(type)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try next(type).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next([JSONValue].self).unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try next(Any.self) }
}

private struct SingleContainer: SingleValueDecodingContainer {
  let decoding: JSONValueDecoding
  var codingPath: [any CodingKey] { decoding.codingPath }

  private func nonNull(_ type: Any.Type) throws -> JSONValueDecoding {
    if decoding.value == .null {
      throw DecodingError.valueNotFound(
        type, .init(codingPath: codingPath, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
    }
    return decoding
  }

  func decodeNil() -> Bool { decoding.value == .null }
  func decode(_ type: Bool.Type) throws -> Bool { try nonNull(type).unboxBool() }
  func decode(_ type: String.Type) throws -> String { try nonNull(type).unboxString() }
  func decode(_ type: Double.Type) throws -> Double { try nonNull(type).unboxDouble() }
  func decode(_ type: Float.Type) throws -> Float { Float(try nonNull(type).unboxDouble()) }
  func decode(_ type: Int.Type) throws -> Int { try nonNull(type).unboxInteger(type) }
  func decode(_ type: Int8.Type) throws -> Int8 { try nonNull(type).unboxInteger(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try nonNull(type).unboxInteger(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try nonNull(type).unboxInteger(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try nonNull(type).unboxInteger(type) }
  func decode(_ type: UInt.Type) throws -> UInt { try nonNull(type).unboxInteger(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try nonNull(type).unboxInteger(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try nonNull(type).unboxInteger(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try nonNull(type).unboxInteger(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try nonNull(type).unboxInteger(type) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoding.unbox(type) }
}
