/// A record that keeps the JSON fields this version does not know, so a load/save never drops them.
/// The coding keys of a conforming type must leave out `unknownFields`; the store fills and writes it.
public protocol PreservesUnknownFields: Codable, Sendable {
  var unknownFields: UnknownFields { get set }
}

/// A whole store file of one kind (`format` is `sdcoach.<kind>` in its envelope).
public protocol StoreRecord: PreservesUnknownFields {
  static var kind: String { get }
}
