/// Everything the app shows and remembers while it runs; `reduce` is the only thing that changes it.
public struct AppState: Equatable, Sendable {
  public var content: ContentBundle
  /// The navigation stack; the last route is the screen on show. Never empty.
  public var route: [Route]
  public var overlay: Overlay?
  public var home: HomeState
  public var browser: BrowserState
  public var reader: ReaderState?
  public var practice: PracticeState
  /// The mock interview in progress, if any.
  public var mock: MockSession?
  /// The flashcard deck, its review history and settings.
  public var cards: CardsState
  public var review: ReviewState?
  public var cardStats: CardStatistics?
  public var cardSettings: CardSettingsState?
  /// The history screens: list, filter, marks, export choice and trends.
  public var history: HistoryState
  public var notice: Notice?
  /// The terminal's size, so reducers can clamp scrolling to what fits.
  public var viewport: Size

  public init(content: ContentBundle, viewport: Size) {
    self.content = content
    self.route = [.home]
    self.overlay = nil
    self.home = HomeState()
    self.browser = BrowserState()
    self.reader = nil
    self.practice = PracticeState()
    self.mock = nil
    self.cards = CardsState(deck: Deck(content: content))
    self.review = nil
    self.cardStats = nil
    self.cardSettings = nil
    self.history = HistoryState()
    self.notice = nil
    self.viewport = viewport
  }

  public var screen: Route { route.last ?? .home }

  /// The problems the browser lists under its current query.
  public var browserMatches: [Problem] { ProblemFilter.matching(content.problems, query: browser.query) }

  /// True while keys are text (the browser's search field).
  public var isEnteringText: Bool {
    overlay == nil
      && ((screen == .browser && browser.isSearching) || (screen == .history && history.isFiltering)
        || isEnteringPracticeText)
  }
}
