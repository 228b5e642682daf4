import Foundation

extension UTCInstant {
  /// The instant as the store writes it: whole seconds, the fraction dropped toward the past (files hold whole
  /// seconds, DESIGN §5). Live state goes through the same rounding, so replaying the log gives the same cards.
  public var storeDate: Date { Date(timeIntervalSince1970: Double(secondsSince1970)) }

  public init(storeDate date: Date) {
    self.init(secondsSince1970: Int64(date.timeIntervalSince1970.rounded(.down)))
  }
}
