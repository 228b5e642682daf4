import CoachCore
import Foundation

/// Encodes an `Encodable` straight to a `JSONValue` (no bytes in between), with the store's rules: `.iso8601`
/// whole-second dates, integers and doubles as numbers, `nil` as null where the type encodes it.
public struct JSONValueEncoder {
  public init() {}

  public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
    try JSONValueEncoding.box(value, codingPath: [])
  }
}

/// A node under construction: containers write into it and the parent reads it back when the child is done.
private final class Slot {
  var value: JSONValue?
  var object: [String: JSONValue]?
  var items: [JSONValue]?
  var children: [(key: String, slot: Slot)] = []
  var elements: [Slot] = []

  var result: JSONValue {
    if var object {
      for (key, slot) in children { object[key] = slot.result }
      return .object(object)
    }
    if var items {
      // Elements appended directly and nested ones keep their order through `elements`.
      items = elements.map(\.result)
      return .array(items)
    }
    return value ?? .object([:])
  }
}

private struct JSONValueEncoding: Encoder {
  let slot: Slot
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  static func box<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> JSONValue {
    switch value {
    case let json as JSONValue: return json
    case let date as Date: return .string(JSONDate.format(date))
    case let text as String: return .string(text)
    case let number as Double: return .number(number)
    case let number as Int: return .number(Double(number))
    case let flag as Bool: return .bool(flag)
    default:
      let slot = Slot()
      try value.encode(to: JSONValueEncoding(slot: slot, codingPath: codingPath))
      return slot.result
    }
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if slot.object == nil { slot.object = [:] }
    return KeyedEncodingContainer(KeyedContainer<Key>(slot: slot, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if slot.items == nil { slot.items = [] }
    return UnkeyedContainer(slot: slot, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleContainer(slot: slot, codingPath: codingPath)
  }
}

private struct IndexKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init(intValue: Int) {
    stringValue = "Index \(intValue)"
    self.intValue = intValue
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let slot: Slot
  let codingPath: [any CodingKey]

  private func set(_ value: JSONValue, _ key: Key) {
    slot.children.removeAll { $0.key == key.stringValue }
    slot.object?[key.stringValue] = value
  }

  mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
  mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
  mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
  mutating func encode(_ value: Double, forKey key: Key) throws { set(.number(value), key) }
  mutating func encode(_ value: Float, forKey key: Key) throws { set(.number(Double(value)), key) }
  mutating func encode(_ value: Int, forKey key: Key) throws { set(.number(Double(value)), key) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { set(.number(Double(value)), key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { set(.number(Double(value)), key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { set(.number(Double(value)), key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { set(.number(Double(value)), key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { set(.number(Double(value)), key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.number(Double(value)), key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.number(Double(value)), key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.number(Double(value)), key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.number(Double(value)), key) }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    set(try JSONValueEncoding.box(value, codingPath: codingPath + [key]), key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    JSONValueEncoding(slot: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    JSONValueEncoding(slot: child(key), codingPath: codingPath + [key]).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    JSONValueEncoding(slot: child(IndexKey(stringValue: "super")), codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    JSONValueEncoding(slot: child(key), codingPath: codingPath + [key])
  }

  private func child(_ key: some CodingKey) -> Slot {
    let nested = Slot()
    slot.object?[key.stringValue] = nil
    slot.children.removeAll { $0.key == key.stringValue }
    slot.children.append((key.stringValue, nested))
    return nested
  }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let slot: Slot
  let codingPath: [any CodingKey]
  var count: Int { slot.elements.count }

  private func append(_ value: JSONValue) {
    let element = Slot()
    element.value = value
    slot.elements.append(element)
  }

  mutating func encodeNil() throws { append(.null) }
  mutating func encode(_ value: Bool) throws { append(.bool(value)) }
  mutating func encode(_ value: String) throws { append(.string(value)) }
  mutating func encode(_ value: Double) throws { append(.number(value)) }
  mutating func encode(_ value: Float) throws { append(.number(Double(value))) }
  mutating func encode(_ value: Int) throws { append(.number(Double(value))) }
  mutating func encode(_ value: Int8) throws { append(.number(Double(value))) }
  mutating func encode(_ value: Int16) throws { append(.number(Double(value))) }
  mutating func encode(_ value: Int32) throws { append(.number(Double(value))) }
  mutating func encode(_ value: Int64) throws { append(.number(Double(value))) }
  mutating func encode(_ value: UInt) throws { append(.number(Double(value))) }
  mutating func encode(_ value: UInt8) throws { append(.number(Double(value))) }
  mutating func encode(_ value: UInt16) throws { append(.number(Double(value))) }
  mutating func encode(_ value: UInt32) throws { append(.number(Double(value))) }
  mutating func encode(_ value: UInt64) throws { append(.number(Double(value))) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    append(try JSONValueEncoding.box(value, codingPath: codingPath + [IndexKey(intValue: count)]))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    JSONValueEncoding(slot: nextSlot(), codingPath: codingPath + [IndexKey(intValue: count)]).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    JSONValueEncoding(slot: nextSlot(), codingPath: codingPath + [IndexKey(intValue: count)]).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    JSONValueEncoding(slot: nextSlot(), codingPath: codingPath + [IndexKey(intValue: count)])
  }

  private func nextSlot() -> Slot {
    let element = Slot()
    slot.elements.append(element)
    return element
  }
}

private struct SingleContainer: SingleValueEncodingContainer {
  let slot: Slot
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { slot.value = .null }
  mutating func encode(_ value: Bool) throws { slot.value = .bool(value) }
  mutating func encode(_ value: String) throws { slot.value = .string(value) }
  mutating func encode(_ value: Double) throws { slot.value = .number(value) }
  mutating func encode(_ value: Float) throws { slot.value = .number(Double(value)) }
  mutating func encode(_ value: Int) throws { slot.value = .number(Double(value)) }
  mutating func encode(_ value: Int8) throws { slot.value = .number(Double(value)) }
  mutating func encode(_ value: Int16) throws { slot.value = .number(Double(value)) }
  mutating func encode(_ value: Int32) throws { slot.value = .number(Double(value)) }
  mutating func encode(_ value: Int64) throws { slot.value = .number(Double(value)) }
  mutating func encode(_ value: UInt) throws { slot.value = .number(Double(value)) }
  mutating func encode(_ value: UInt8) throws { slot.value = .number(Double(value)) }
  mutating func encode(_ value: UInt16) throws { slot.value = .number(Double(value)) }
  mutating func encode(_ value: UInt32) throws { slot.value = .number(Double(value)) }
  mutating func encode(_ value: UInt64) throws { slot.value = .number(Double(value)) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    slot.value = try JSONValueEncoding.box(value, codingPath: codingPath)
  }
}
