import CoachCore
import CoachTestSupport
import Testing

@Suite struct CardExchangeTests {
  @Test("Markdown Q:/A: blocks with multi-line answers, tags, ids and a cloze")
  func markdown() throws {
    let text = """
      # My cards

      Q: What is p99?
      A: The latency 99 % of requests beat.
      Only 1 in 100 is slower.
      Tags: Latency, numbers

      Q: Second?
      A: Yes.
      ID: user/second

      C: Four nines allow {{c1::53 minutes}} a year.
      """
    let cards = try MarkdownCards.parse(text)
    #expect(cards == [
      ImportedCard(id: nil, body: .basic(front: "What is p99?", back: "The latency 99 % of requests beat.\nOnly 1 in 100 is slower."), tags: ["latency", "numbers"], line: 3),
      ImportedCard(id: "second", body: .basic(front: "Second?", back: "Yes."), tags: [], line: 8),
      ImportedCard(id: nil, body: .cloze("Four nines allow {{c1::53 minutes}} a year."), tags: [], line: 12),
    ])
  }

  @Test("a malformed Markdown file names the line", arguments: [
    ("Q: one\nA: two\nA: three\n", 3, "a second A:"),
    ("A: no question\n", 1, "A: outside a card"),
    ("stray text\n\nQ: x\nA: y\n", 1, "text outside a card"),
    ("Q: x\nA: y\n\nQ: no answer\n\nQ: z\nA: w\n", 4, "the card has no A: line"),
    ("C: no deletion here\n", 1, "C: has no deletion"),
  ])
  func markdownErrors(text: String, line: Int, message: String) {
    do {
      _ = try MarkdownCards.parse(text)
      Issue.record("parsed a malformed file")
    } catch {
      #expect(error.line == line)
      #expect(error.message.contains(message), "\(error)")
    }
  }

  @Test("Anki TSV with headers, quoted multi-line fields, a GUID column and tags")
  func ankiTSV() throws {
    let text = "#separator:tab\n#html:false\n#guid column:1\n#tags column:4\n#columns:GUID\tFront\tBack\tTags\n"
      + "user/alpha\tWhat?\t\"Two\nlines, \"\"quoted\"\"\"\tTopic::Sub leech\n"
      + "other-deck/x#c2\tQ2\tA2\t\n"
    let cards = try AnkiTSV.parse(text)
    #expect(cards == [
      ImportedCard(id: "alpha", body: .basic(front: "What?", back: "Two\nlines, \"quoted\""), tags: ["topic-sub", "leech"], line: 6),
      ImportedCard(id: "other-deck-x-c2", body: .basic(front: "Q2", back: "A2"), tags: [], line: 8),
    ])
    // Without headers: front, back, tags by position; comma separator by name.
    #expect(try AnkiTSV.parse("#separator:comma\nq,a,t1 t2\n").first?.tags == ["t1", "t2"])
  }

  @Test("a malformed TSV file names the line", arguments: [
    ("#separator:tab\n#columns:Front\tBack\nq\ta\nonly one field\n", 4, "expected 2 fields, found 1"),
    ("#separator:wiggle\nq\ta\n", 1, "unknown #separator"),
    ("#columns:Front\tBack\tColour\nq\ta\tred\n", 1, "unknown column"),
    ("q\t\"never closed\n", 1, "never closed"),
    ("q\t   \n", 1, "the back is empty"),
  ])
  func ankiErrors(text: String, line: Int, message: String) {
    do {
      _ = try AnkiTSV.parse(text)
      Issue.record("parsed a malformed file")
    } catch {
      #expect(error.line == line)
      #expect(error.message.contains(message), "\(error)")
    }
  }

  @Test("the Anki export has one row per card, the card id as GUID, and reads back")
  func ankiExport() throws {
    let deck = Deck(content: CardFixtures.bundle)
    let text = AnkiTSV.render(deck.cards)
    let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
    #expect(rows.count == deck.cards.count)
    #expect(rows.map { String($0.split(separator: "\t")[0]) } == deck.cards.map(\.id))
    #expect(text.contains("#guid column:1"))
    #expect(try AnkiTSV.parse(text).count == deck.cards.count)
  }

  @Test("export → import → the same user deck, byte for byte (Markdown and Anki)")
  func roundTrip() throws {
    let specs = [
      CardSpec(id: "p99", body: .basic(front: "What is p99?", back: "Line one\nQ: not a field\n# not a heading\n\\ backslash"), tags: ["latency"]),
      CardSpec(id: "quote", body: .basic(front: "Say \"hi\"\tthere", back: "ok: yes"), tags: []),
      CardSpec(id: "nines", body: .cloze("{{c1::53 minutes}} a year"), tags: ["numbers", "sre"]),
    ]
    let yaml = UserDeckYAML.render(specs)
    let markdown = MarkdownCards.render(specs.map { (id: "user/\($0.id)", spec: $0) }, title: "My cards")
    let fromMarkdown = try UserDeckMerge.merge(try MarkdownCards.parse(markdown), into: [])
    #expect(fromMarkdown.cards == specs)
    #expect(UserDeckYAML.render(fromMarkdown.cards) == yaml)
    #expect(yaml.hasPrefix("# Your flashcards. Keep each id as it is"))
    #expect(!yaml.contains("DESIGN"))

    let basics = Array(specs.prefix(2))
    let anki = AnkiTSV.render(Deck.cards(of: basics, source: "user", title: "My cards"))
    let fromAnki = try UserDeckMerge.merge(try AnkiTSV.parse(anki), into: [])
    #expect(fromAnki.cards == basics)
  }

  @Test("importing the same file twice adds nothing; ids come from the front and stay unique")
  func mergeIsIdempotent() throws {
    let cards = try MarkdownCards.parse("Q: What is a CDN?\nA: Edge caches.\n\nQ: What is a CDN!\nA: Same words.\n")
    let first = try UserDeckMerge.merge(cards, into: [])
    #expect(first.cards.map(\.id) == ["what-is-a-cdn", "what-is-a-cdn-2"])
    let second = try UserDeckMerge.merge(cards, into: first.cards)
    #expect(second.cards == first.cards)
    #expect(second.added == 0 && second.updated == 0)
  }
}
