/// A binary min-heap of card indices by due time (ties by index), for the history generator's daily queue.
struct DueQueue {
  private var heap: [(due: Int64, index: Int)] = []

  mutating func push(due: Int64, index: Int) {
    heap.append((due, index))
    var child = heap.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard Self.before(heap[child], heap[parent]) else { break }
      heap.swapAt(child, parent)
      child = parent
    }
  }

  /// The index due soonest, removed; the queue must not be empty.
  mutating func pop() -> Int {
    let top = heap[0].index
    let last = heap.removeLast()
    guard !heap.isEmpty else { return top }
    heap[0] = last
    var parent = 0
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var smallest = parent
      if left < heap.count, Self.before(heap[left], heap[smallest]) { smallest = left }
      if right < heap.count, Self.before(heap[right], heap[smallest]) { smallest = right }
      guard smallest != parent else { return top }
      heap.swapAt(parent, smallest)
      parent = smallest
    }
  }

  private static func before(_ a: (due: Int64, index: Int), _ b: (due: Int64, index: Int)) -> Bool {
    a.due != b.due ? a.due < b.due : a.index < b.index
  }
}
