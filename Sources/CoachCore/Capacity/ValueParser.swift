/// Reads a value typed in the estimate form or written in content (`100M`, `1.2k/s`, `2 KB`, `3B per day`)
/// into the base of the field's unit.
public enum ValueParser {
  /// Why a value could not be read, in one line a user can act on.
  public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
  }

  static let scales: [String: Double] = ["k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12]

  private static let byteSizes: [String: Double] = [
    "b": 1, "byte": 1, "bytes": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12, "pb": 1e15, "eb": 1e18,
    "kib": 1024, "mib": 1_048_576, "gib": 1_073_741_824, "tib": 1_099_511_627_776,
  ]

  /// Bit rates, as bytes per second.
  private static let bitRates: [String: Double] = [
    "bps": 1.0 / 8, "kbps": 1e3 / 8, "mbps": 1e6 / 8, "gbps": 1e9 / 8, "tbps": 1e12 / 8,
  ]

  private static let periods: [String: Double] = [
    "s": 1, "sec": 1, "second": 1, "qps": 1,
    "min": 60, "minute": 60, "h": 3600, "hr": 3600, "hour": 3600,
    "d": CapacityConstants.secondsPerDay, "day": CapacityConstants.secondsPerDay,
    "mo": CapacityConstants.secondsPerMonth, "month": CapacityConstants.secondsPerMonth,
    "y": CapacityConstants.secondsPerYear, "yr": CapacityConstants.secondsPerYear,
    "year": CapacityConstants.secondsPerYear,
  ]

  /// Parses `text` as a value of `unit`. Commas and underscores between digits are ignored; `%` divides by 100.
  public static func parse(_ text: String, unit: CapacityUnit) -> Result<Double, Failure> {
    var rest = Substring(text.trimmingSpaces())
    guard !rest.isEmpty else { return .failure(Failure(reason: "empty")) }
    if rest.first == "$" {
      guard unit == .usd else { return .failure(Failure(reason: "'$' fits only a money field")) }
      rest = rest.dropFirst()
    }

    var digits = ""
    while let c = rest.first, c.isASCII, c.isNumber || c == "." || c == "," || c == "_" {
      if c.isNumber || c == "." { digits.append(c) }
      rest = rest.dropFirst()
    }
    guard var value = Double(digits) else {
      return .failure(Failure(reason: "'\(text)' does not start with a number"))
    }
    rest = Substring(String(rest).trimmingSpaces())

    // A rate part: "/s", "/day", "per day", or a bare "qps".
    var period: Double?
    var suffix = rest
    if let slash = rest.firstIndex(of: "/") {
      suffix = rest[..<slash]
      let word = String(rest[rest.index(after: slash)...]).trimmingSpaces().lowercased()
      guard let p = periods[word] ?? periods[String(word.dropLast())] else {
        return .failure(Failure(reason: "unknown rate '/\(word)' (use /s, /day, /month or /year)"))
      }
      period = p
    } else if let range = rest.firstRange(of: "per ") {
      suffix = rest[..<range.lowerBound]
      let word = String(rest[range.upperBound...]).trimmingSpaces().lowercased()
      guard let p = periods[word] ?? periods[String(word.dropLast())] else {
        return .failure(Failure(reason: "unknown rate 'per \(word)'"))
      }
      period = p
    } else if rest.lowercased().hasSuffix("qps") {
      suffix = rest.dropLast(3)
      period = 1
    }
    let word = String(suffix).trimmingSpaces()

    if word == "%" {
      value /= 100
    } else if unit.isByteUnit {
      if let rate = bitRates[word.lowercased()], unit == .bytesPerSecond, period == nil {
        return .success(value * rate)
      }
      if !word.isEmpty {
        guard let size = byteSizes[word.lowercased()] else {
          return .failure(Failure(reason: "unknown size '\(word)' (use B, KB, MB, GB, TB or PB)"))
        }
        value *= size
      }
    } else if !word.isEmpty {
      guard let scale = scales[word] else {
        return .failure(Failure(reason: "unknown suffix '\(word)' (use k, M, B or T)"))
      }
      value *= scale
    }

    if let period {
      switch unit {
      case .bytesPerSecond:
        value /= period
      case .perSecond, .perDay, .perMonth, .perYear:
        value = value / period * (unit.periodSeconds ?? 1)
      default:
        return .failure(Failure(reason: "a rate does not fit a \(unit.rawValue) field"))
      }
    }
    guard value.isFinite else { return .failure(Failure(reason: "'\(text)' is too large")) }
    return .success(value)
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and newlines.
  func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return String(self[start...end])
  }
}
