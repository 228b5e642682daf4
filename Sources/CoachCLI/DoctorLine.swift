/// One line of `sdcoach doctor`: a check's name, how it came out, and what was found.
struct DoctorLine: Equatable {
  enum Status: String {
    /// All is well.
    case ok
    /// Worth knowing, no action needed (the terminal, the lock, notes about the store).
    case info
    /// Needs the user's action; doctor exits 1.
    case fix = "FIX"
  }

  var status: Status
  var check: String
  var detail: String

  var text: String { "\(status.rawValue.padding(toLength: 4, withPad: " ", startingAt: 0))  \(check): \(detail)" }
}
