import CoachCore

/// Content and states for screen snapshots and program tests, written here so goldens do not change when the
/// bundled content does.
public enum Fixtures {
  public static let framework = Framework(
    phases: [
      phase(.requirements, "Requirements", 7), phase(.capacity, "Capacity estimation", 6),
      phase(.architecture, "High-level architecture", 10), phase(.deepDive, "Deep dive", 15),
      phase(.tradeOffs, "Trade-offs & wrap-up", 7),
    ],
    presets: [])

  private static func phase(_ id: Phase, _ name: String, _ minutes: Double) -> PhaseDefinition {
    PhaseDefinition(
      id: id, name: name, minutes: minutes, range: (minutes - 2)...(minutes + 2), output: "", question: "",
      guidingQuestions: [], exitCriteria: [])
  }

  /// A short but complete breakdown: every phase has text, the architecture has a diagram.
  public static let linkShortener = Problem(
    id: "link-shortener", title: "Link shortener", category: "storage",
    tags: ["hashing", "caching", "redirects"],
    summary: "Mint short codes for long links and redirect visitors quickly; reads outnumber writes a hundred to one.",
    emphasis: [.requirements: 2, .capacity: 2, .architecture: 2, .deepDive: 3, .tradeOffs: 2],
    requirements: RequirementsSection(
      prompt: "Build a service that turns long links into short ones and sends visitors on.",
      scope: [Point(id: "s-mint", text: "Create a short code for a long link.")],
      outOfScope: [Point(id: "o-ui", text: "The web page that collects links.")],
      clarifyingQuestions: [
        ClarifyingQuestion(
          point: Point(id: "q-scale", text: "How many links a day?"), answer: "About 100M new links a day.")
      ],
      functional: [Point(id: "f-redirect", text: "Opening a short link redirects to the long one.")],
      nonFunctional: [
        NonFunctionalRequirement(point: Point(id: "n-latency", text: "Redirects are fast"), target: "p99 < 50 ms")
      ]),
    capacity: CapacitySection(
      assumptions: [
        CapacityAssumption(id: "links_per_day", label: "New links per day", value: 100e6, unit: .perDay)
      ],
      results: [
        CapacityResult(
          id: "write_qps", label: "Average writes", quantity: .writeQPSAvg, formula: "links_per_day",
          unit: .perSecond, stated: 1157)
      ]),
    architecture: ArchitectureSection(
      api: [
        APICall(
          point: Point(id: "a-create", text: "Create a link"), method: "POST", path: "/links",
          request: "{url}", response: "{code}", status: "201")
      ],
      components: [Point(id: "c-cache", text: "A cache in front of the code table takes the read load.")],
      dataFlow: [FlowStep(point: Point(id: "w-1", text: "The API stores the code and the link."), path: .write)],
      diagram: "client --> api --> cache --> store\n               \\-> id minter",
      dataModel: []),
    deepDive: DeepDiveSection(
      deepDives: [
        DeepDive(
          point: Point(id: "d-codes", text: "Minting codes that never collide"),
          options: [DesignOption(name: "Random", pros: "Unguessable.", cons: "Needs a uniqueness check.")],
          choice: "Random codes", why: "They cannot be walked.", decidingNumbers: "62^7 is about 3.5 trillion codes.")
      ],
      failureModes: [
        FailureMode(
          point: Point(id: "f-cache", text: "The cache node fails"), detection: "Hit rate drops.",
          mitigation: "Replicas take over.")
      ]),
    tradeOffs: TradeOffsSection(
      tradeOffs: [
        TradeOff(
          point: Point(id: "t-302", text: "Temporary redirects"), choice: "302", alternative: "301",
          cost: "More requests reach us.", whyAcceptable: "Clicks can be counted.")
      ],
      extensions: [Point(id: "e-qr", text: "QR codes for each link.")]),
    probes: [], cards: [])

  /// A breakdown with only its listing fields filled (for lists).
  public static func listing(_ id: String, _ title: String, _ category: String, _ tags: [String], _ summary: String)
    -> Problem
  {
    Problem(
      id: id, title: title, category: category, tags: tags, summary: summary, emphasis: [:],
      requirements: RequirementsSection(prompt: summary), capacity: CapacitySection(),
      architecture: ArchitectureSection(), deepDive: DeepDiveSection(), tradeOffs: TradeOffsSection(), probes: [],
      cards: [])
  }

  public static let problems: [Problem] = [
    linkShortener,
    listing("paste-bin", "Paste bin", "storage", ["blobs", "expiry"], "Store text snippets and serve them by a short id."),
    listing("group-chat", "Group chat", "messaging", ["websockets", "fan-out", "ordering"], "Deliver messages to groups in order, online or not."),
    listing("news-feed", "News feed", "social", ["fan-out", "ranking", "caching"], "Build each reader's feed from the people they follow."),
    listing("video-site", "Video streaming site", "media", ["cdn", "transcoding"], "Upload, transcode and stream video to millions."),
    listing("web-crawler", "Web crawler", "infrastructure", ["politeness", "dedup", "queues"], "Fetch a billion pages a month without hammering any site."),
    listing("ride-hailing", "Ride hailing", "geo", ["geohash", "matching"], "Match riders with nearby drivers within seconds."),
    listing("rate-limiter", "Rate limiter", "infrastructure", ["token-bucket", "redis"], "Cap each client's requests across many servers."),
    listing("search-typeahead", "Search typeahead", "search", ["tries", "ranking"], "Suggest completions while the user types."),
    listing("payments-ledger", "Payments ledger", "payments", ["idempotency", "double-entry"], "Move money exactly once and keep the books balanced."),
    listing("doc-editor", "Collaborative editor", "collaboration", ["crdt", "presence"], "Let many people edit one document at the same time."),
  ]

  public static let bundle = ContentBundle(framework: framework, rubrics: [], problems: problems, decks: [])

  /// A fresh app state on the home screen at `size`.
  public static func state(_ size: Size) -> AppState {
    AppState(content: bundle, viewport: size)
  }

  /// The snapshot sizes DESIGN §8 asks for.
  public static let sizes: [Size] = [
    Size(width: 60, height: 16), Size(width: 80, height: 24), Size(width: 120, height: 40),
  ]
}
