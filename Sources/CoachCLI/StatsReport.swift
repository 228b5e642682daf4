/// The `stats --json` document: one key per section.
struct StatsReport: Encodable {
  var cards: CardStatsReport
}
