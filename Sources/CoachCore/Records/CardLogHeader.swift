/// The first line of `cards/log.jsonl`: only the envelope (format `sdcoach.cardlog`) and any fields a newer
/// version put there.
public struct CardLogHeader: StoreRecord, Equatable {
  public static let kind = "cardlog"
  public var unknownFields = UnknownFields()

  public init() {}

  enum CodingKeys: CodingKey {}

  public init(from decoder: any Decoder) throws {}
  public func encode(to encoder: any Encoder) throws {
    _ = encoder.container(keyedBy: CodingKeys.self)
  }
}
