/// The parts of a stored JSON document that this version's record types do not know, at every level, so that
/// saving a loaded record writes them back unchanged (RELIABILITY I6).
///
/// One value describes one JSON node: `fields` are unknown keys of an object (kept whole), `children` the unknown
/// parts inside its known keys, `items` those inside array elements (keyed by the element's `id`, else its index).
public struct UnknownFields: Equatable, Hashable, Sendable {
  public var fields: [String: JSONValue]
  public var children: [String: UnknownFields]
  public var items: [String: UnknownFields]

  public init(
    fields: [String: JSONValue] = [:], children: [String: UnknownFields] = [:], items: [String: UnknownFields] = [:]
  ) {
    self.fields = fields
    self.children = children
    self.items = items
  }

  public var isEmpty: Bool { fields.isEmpty && children.isEmpty && items.isEmpty }

  /// Every unknown key path, e.g. `phases[id:capacity].color`, for messages and tests.
  public var paths: [String] {
    var out = fields.keys.map { $0 }
    for (key, child) in children { out += child.paths.map { "\(key).\($0)" } }
    for (key, item) in items { out += item.paths.map { "[\(key)].\($0)" } }
    return out.sorted()
  }

  /// What `raw` holds beyond `known` (the same record as this version encodes it).
  public static func difference(raw: JSONValue, known: JSONValue) -> UnknownFields {
    var result = UnknownFields()
    switch (raw, known) {
    case (.object(let rawObject), .object(let knownObject)):
      for (key, rawValue) in rawObject {
        if let knownValue = knownObject[key] {
          let child = difference(raw: rawValue, known: knownValue)
          if !child.isEmpty { result.children[key] = child }
        } else {
          result.fields[key] = rawValue
        }
      }
    case (.array(let rawItems), .array(let knownItems)):
      let knownByKey = Dictionary(
        Array(knownItems.enumerated()).map { (itemKey($0.element, index: $0.offset), $0.element) },
        uniquingKeysWith: { first, _ in first })
      for (index, rawItem) in rawItems.enumerated() {
        let key = itemKey(rawItem, index: index)
        guard let knownItem = knownByKey[key] else { continue }
        let child = difference(raw: rawItem, known: knownItem)
        if !child.isEmpty { result.items[key] = child }
      }
    default:
      break
    }
    return result
  }

  /// `known` with the unknown parts put back; a key this version now writes itself wins over a kept one.
  public func applied(to known: JSONValue) -> JSONValue {
    switch known {
    case .object(var object):
      for (key, value) in fields where object[key] == nil { object[key] = value }
      for (key, child) in children {
        if let value = object[key] { object[key] = child.applied(to: value) }
      }
      return .object(object)
    case .array(let elements):
      guard !items.isEmpty else { return known }
      return .array(
        elements.enumerated().map { index, element in
          items[Self.itemKey(element, index: index)]?.applied(to: element) ?? element
        })
    default:
      return known
    }
  }

  /// Array elements are matched by their `id` when they have one, so reordering keeps their unknown fields.
  static func itemKey(_ element: JSONValue, index: Int) -> String {
    if let id = element["id"]?.stringValue { return "id:\(id)" }
    return "#\(index)"
  }
}
