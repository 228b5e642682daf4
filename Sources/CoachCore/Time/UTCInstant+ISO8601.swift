extension UTCInstant {
  /// Parses `YYYY-MM-DD[T| ]HH:MM[:SS[.fraction]][Z|±HH:MM|±HHMM|±HH]`. An offset is converted to UTC and a time
  /// without one is taken as UTC, as the FSRS oracle does. Fractions beyond microseconds are truncated. Nil if malformed.
  public init?(iso8601 text: String) {
    var scanner = DigitScanner(Array(text.utf8))
    guard let year = scanner.number(digits: 4), scanner.skip("-"),
      let month = scanner.number(digits: 2), scanner.skip("-"),
      let day = scanner.number(digits: 2), (1...12).contains(month),
      (1...CivilDate.daysIn(month: month, year: year)).contains(day),
      scanner.skip("T") || scanner.skip("t") || scanner.skip(" "),
      let hour = scanner.number(digits: 2), scanner.skip(":"),
      let minute = scanner.number(digits: 2), hour < 24, minute < 60
    else { return nil }
    var second: Int64 = 0
    var micros: Int64 = 0
    if scanner.skip(":") {
      guard let s = scanner.number(digits: 2), s < 60 else { return nil }
      second = s
      if scanner.skip(".") || scanner.skip(",") {
        guard let fraction = scanner.fractionMicroseconds() else { return nil }
        micros = fraction
      }
    }
    guard let offsetSeconds = scanner.utcOffsetSeconds(), scanner.atEnd else { return nil }
    let days = CivilDate.daysSinceEpoch(year: year, month: month, day: day)
    let seconds = ((days * 24 + hour) * 60 + minute) * 60 + second - offsetSeconds
    self.init(microsecondsSinceEpoch: seconds * TimeSpan.microsecondsPerSecond + micros)
  }

  /// `2025-01-01T09:00:00Z`, with `.ffffff` only when there are microseconds: the oracle's own format.
  public var iso8601: String {
    let micros = microsecondsSinceEpoch
    let seconds = floorDivide(micros, TimeSpan.microsecondsPerSecond)
    let fraction = micros - seconds * TimeSpan.microsecondsPerSecond
    let days = floorDivide(seconds, 86_400)
    let secondOfDay = seconds - days * 86_400
    let (year, month, day) = CivilDate.fromDaysSinceEpoch(days)
    var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2) + ":"
      + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
    if fraction != 0 { text += "." + pad(fraction, 6) }
    return text + "Z"
  }

  private func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

/// Reads fixed-width decimal fields from ASCII bytes.
private struct DigitScanner {
  let bytes: [UInt8]
  var position = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var atEnd: Bool { position == bytes.count }

  mutating func skip(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue, position < bytes.count, bytes[position] == ascii else { return false }
    position += 1
    return true
  }

  mutating func number(digits: Int) -> Int64? {
    guard position + digits <= bytes.count else { return nil }
    var value: Int64 = 0
    for byte in bytes[position..<position + digits] {
      guard (48...57).contains(byte) else { return nil }
      value = value * 10 + Int64(byte - 48)
    }
    position += digits
    return value
  }

  /// One or more digits after the decimal point, as microseconds (truncated past six digits).
  mutating func fractionMicroseconds() -> Int64? {
    var value: Int64 = 0
    var count = 0
    while position < bytes.count, (48...57).contains(bytes[position]) {
      if count < 6 { value = value * 10 + Int64(bytes[position] - 48) }
      count += 1
      position += 1
    }
    guard count > 0 else { return nil }
    for _ in count..<max(count, 6) { value *= 10 }
    return value
  }

  /// `Z`, `±HH:MM`, `±HHMM`, `±HH` or nothing (UTC); nil when malformed.
  mutating func utcOffsetSeconds() -> Int64? {
    if atEnd { return 0 }
    if skip("Z") || skip("z") { return 0 }
    let sign: Int64
    if skip("+") {
      sign = 1
    } else if skip("-") {
      sign = -1
    } else {
      return nil
    }
    guard let hours = number(digits: 2), hours < 24 else { return nil }
    var minutes: Int64 = 0
    if !atEnd {
      _ = skip(":")
      guard let m = number(digits: 2), m < 60 else { return nil }
      minutes = m
    }
    return sign * (hours * 3600 + minutes * 60)
  }
}
