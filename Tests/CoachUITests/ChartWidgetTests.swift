import CoachCore
import CoachTestSupport
import Testing

@testable import CoachUI

/// The trend widgets drawn at the three terminal sizes the app supports, compared with golden files.
@Suite struct ChartWidgetTests {
  static let sizes = [Size(width: 60, height: 16), Size(width: 80, height: 24), Size(width: 120, height: 40)]

  func canvas(_ size: Size, _ draw: (inout Canvas, Rect) -> Void) -> Canvas {
    var c = Canvas(size: size)
    draw(&c, c.bounds)
    return c
  }

  @Test("sparklines scale 1–5 scores into eight levels, newest on the right", arguments: sizes)
  func sparkline(_ size: Size) {
    let c = canvas(size) { c, r in
      let scores: [[Double]] = [[1, 2, 3, 4, 5], [3, 3, 4, 4, 5, 5, 2], [5, 4, 3, 2, 1]]
      for (row, values) in scores.enumerated() {
        Sparkline(values: values, range: 1...5).render(into: &c, in: Rect(x: 2, y: row, width: r.width - 2, height: 1), glyphs: .unicode)
        Sparkline(values: values, range: 1...5).render(into: &c, in: Rect(x: 2, y: row + 4, width: 3, height: 1), glyphs: .ascii)
      }
    }
    Snapshot.assert(c, named: "sparkline_\(size.width)x\(size.height)", suite: "Charts")
    #expect(Sparkline(values: [1, 3, 5], range: 1...5).text(width: 10, glyphs: .unicode) == "▁▅█")
  }

  @Test("a bar chart of weekly totals fits the rows it has, newest at the bottom", arguments: sizes)
  func barChart(_ size: Size) {
    let bars = (40...53).map { HorizontalBarChart.Bar(label: "2026-W\($0)", value: Double(20 + ($0 * 7) % 40), caption: "\(20 + ($0 * 7) % 40) / 60") }
    let c = canvas(size) { c, r in
      HorizontalBarChart(bars: bars, maximum: 60).render(into: &c, in: Rect(x: 0, y: 0, width: r.width, height: r.height - 2), glyphs: .unicode)
    }
    Snapshot.assert(c, named: "barchart_\(size.width)x\(size.height)", suite: "Charts")
  }

  @Test("the heatmap shades 12 weeks of practice days", arguments: sizes)
  func heatmap(_ size: Size) {
    let weeks: [[Int?]] = (0..<12).map { w in (0..<7).map { d in w == 11 && d > 2 ? nil : (w * 3 + d * 5) % 8 } }
    let c = canvas(size) { c, r in
      CalendarHeatmap(weeks: weeks).render(into: &c, in: Rect(x: 1, y: 1, width: r.width - 2, height: 7), glyphs: .unicode)
      CalendarHeatmap(weeks: weeks).render(into: &c, in: Rect(x: 1, y: 8, width: 20, height: 7), glyphs: .ascii)
    }
    Snapshot.assert(c, named: "heatmap_\(size.width)x\(size.height)", suite: "Charts")
  }
}
