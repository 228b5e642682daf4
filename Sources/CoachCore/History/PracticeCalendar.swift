import Foundation

/// The last weeks of practice as a grid for the heatmap: columns are ISO weeks (Monday first), oldest first, and
/// each day holds how many mocks and card reviews were done that local day (nil after `today`).
public enum PracticeCalendar {
  public static func weeks(
    endingOn today: Date, count: Int, activity: [Date], calendar baseCalendar: Calendar
  ) -> [[Int?]] {
    var calendar = baseCalendar
    calendar.firstWeekday = 2  // Monday
    calendar.minimumDaysInFirstWeek = 4
    let todayStart = calendar.startOfDay(for: today)
    let weekday = (calendar.component(.weekday, from: todayStart) + 5) % 7  // Monday = 0
    guard let thisMonday = calendar.date(byAdding: .day, value: -weekday, to: todayStart),
      let firstMonday = calendar.date(byAdding: .day, value: -7 * (count - 1), to: thisMonday)
    else { return [] }
    var perDay: [Date: Int] = [:]
    for moment in activity { perDay[calendar.startOfDay(for: moment), default: 0] += 1 }
    return (0..<count).map { w in
      (0..<7).map { d -> Int? in
        guard let day = calendar.date(byAdding: .day, value: w * 7 + d, to: firstMonday), day <= todayStart else {
          return nil
        }
        return perDay[day] ?? 0
      }
    }
  }
}
