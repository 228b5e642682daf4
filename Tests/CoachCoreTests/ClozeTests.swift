import Testing

@testable import CoachCore

@Suite struct ClozeTests {
  let text = "99.99 % allows {{c1::52.6 minutes}} of downtime a year; 99.9 % allows {{c2::8.76 hours::hours}}."

  @Test("each cloze number is one card")
  func numbers() {
    #expect(Cloze.numbers(in: text) == [1, 2])
    #expect(Cloze.numbers(in: "no deletions here").isEmpty)
  }

  @Test("the question hides one deletion and shows the others; a hint replaces the dots")
  func question() {
    #expect(Cloze.question(text, number: 1) == "99.99 % allows [...] of downtime a year; 99.9 % allows 8.76 hours.")
    #expect(Cloze.question(text, number: 2) == "99.99 % allows 52.6 minutes of downtime a year; 99.9 % allows [hours].")
    #expect(Cloze.answer(text) == "99.99 % allows 52.6 minutes of downtime a year; 99.9 % allows 8.76 hours.")
  }
}
