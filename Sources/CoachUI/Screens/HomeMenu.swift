import CoachCore

/// What the home menu shows for each entry: its key (taken from the keymaps, so they cannot disagree), a title
/// and a live detail.
public enum HomeMenu {
  public struct Item: Equatable, Sendable {
    public var keys: String
    public var title: String
    public var detail: String
  }

  /// The command an entry runs; Enter on the entry and the entry's own key do the same thing.
  public static func command(for entry: HomeEntry) -> KeyCommand {
    switch entry {
    case .practice: .action(.practice(.open))
    case .review: .action(.review(.start(tag: nil)))
    case .history: .action(.history(.open))
    case .browse: .action(.navigate(.browser))
    case .cardStats: .action(.cardStats(.open))
    case .help: .showHelp
    }
  }

  public static func item(for entry: HomeEntry, in state: AppState) -> Item {
    let command = command(for: entry)
    let keys = [Keymaps.home, Keymaps.global].lazy.flatMap(\.bindings).first { $0.command == command }?.keys.first
    let key = keys?.displayName ?? ""
    switch entry {
    case .practice:
      return Item(keys: key, title: "Practice", detail: PracticeHomeDetail.text(state.practice))
    case .browse:
      let count = state.content.problems.count
      return Item(keys: key, title: "Browse problems", detail: "\(count) breakdown\(count == 1 ? "" : "s"), phase by phase")
    case .review:
      return Item(keys: key, title: "Review cards", detail: ReviewScreen.homeDetail(state.cards.homeCounts))
    case .history:
      let count = HistoryList.count(state)
      let detail = count == 0 ? "Past sessions, trends and export" : "\(count) session\(count == 1 ? "" : "s"): trends, compare, export"
      return Item(keys: key, title: "History", detail: detail)
    case .cardStats:
      return Item(keys: key, title: "Card stats", detail: "Retention, reviews per day, 14-day forecast")
    case .help:
      return Item(keys: key, title: "Help", detail: "Every key, screen by screen")
    }
  }
}
