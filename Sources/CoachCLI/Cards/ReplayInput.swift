import Foundation

/// The oracle's input JSON (FSRS.md §7). Optional keys take py-fsrs's defaults; `fuzz_seed` and `preview` are
/// accepted and ignored (our fuzz is seeded per card and review).
struct ReplayInput: Decodable {
  var parameters: [Double]?
  var desiredRetention: Double?
  var learningStepsMinutes: [Double]?
  var relearningStepsMinutes: [Double]?
  var maximumInterval: Int?
  var enableFuzzing: Bool?
  var cards: [Card]

  struct Card: Decodable {
    var id: String?
    var initial: Initial?
    var reviews: [Review]

    enum CodingKeys: String, CodingKey { case id, initial, reviews }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      // The oracle only prints ids; accept a number as well as a string.
      if let number = try? container.decodeIfPresent(Int.self, forKey: .id) {
        id = String(number)
      } else {
        id = try container.decodeIfPresent(String.self, forKey: .id)
      }
      initial = try container.decodeIfPresent(Initial.self, forKey: .initial)
      reviews = try container.decodeIfPresent([Review].self, forKey: .reviews) ?? []
    }
  }

  struct Initial: Decodable {
    var state: String?
    var step: Int?
    var stability: Double?
    var difficulty: Double?
    var lastReview: String?
    var due: String?
  }

  struct Review: Decodable {
    var rating: Int
    var time: String
  }

  /// Decodes `data`: the input object itself or a `--random` bundle `{"input", "output"}`. Errors name the field.
  static func decode(_ data: Data) throws -> ReplayInput {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    do {
      if (try? decoder.decode(BundleProbe.self, from: data))?.isBundle == true {
        return try decoder.decode(Bundle.self, from: data).input
      }
      return try decoder.decode(ReplayInput.self, from: data)
    } catch let error as DecodingError {
      throw CLIFailure(Self.describe(error))
    }
  }

  /// A `--random` bundle: `{"input": …, "output": …}`.
  private struct Bundle: Decodable {
    var input: ReplayInput
  }

  /// Tells a bundle (an `input` key and no `cards`) from a plain input without decoding either.
  private struct BundleProbe: Decodable {
    var isBundle: Bool

    enum CodingKeys: String, CodingKey { case input, cards }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      isBundle = container.contains(.input) && !container.contains(.cards)
    }
  }

  private static func describe(_ error: DecodingError) -> String {
    switch error {
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      return "input is not valid JSON"
    case .dataCorrupted(let context):
      return "\(path(context.codingPath)): \(context.debugDescription)"
    case .keyNotFound(let key, let context):
      return "\(path(context.codingPath + [key])): missing"
    case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
      return "\(path(context.codingPath)): expected \(typeName(type))"
    @unknown default:
      return "input is not valid: \(error)"
    }
  }

  /// `cards[2].reviews[0].rating`, with the JSON's own snake_case names.
  static func path(_ keys: [any CodingKey]) -> String {
    var text = ""
    for key in keys {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += (text.isEmpty ? "" : ".") + snakeCase(key.stringValue)
      }
    }
    return text.isEmpty ? "input" : text
  }

  private static func snakeCase(_ name: String) -> String {
    name.reduce(into: "") { result, character in
      if character.isUppercase {
        result += "_" + character.lowercased()
      } else {
        result.append(character)
      }
    }
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is Double.Type, is [Double].Type: "a number"
    case is Int.Type: "an integer"
    case is String.Type: "a string"
    case is Bool.Type: "true or false"
    default: "\(type)".hasPrefix("Array") ? "an array" : "an object"
    }
  }
}
