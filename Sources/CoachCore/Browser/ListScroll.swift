/// Keeps a list's selection on an entry and inside the rows on screen, scrolling as little as possible. Every
/// list screen clamps with this after each action and each resize, so rendering never has to fix anything up.
public enum ListScroll {
  public static func clamp(selection: inout Int, scroll: inout Int, count: Int, visibleRows rows: Int) {
    selection = count == 0 ? 0 : min(max(0, selection), count - 1)
    if selection < scroll { scroll = selection }
    if selection >= scroll + rows { scroll = selection - rows + 1 }
    scroll = min(max(0, scroll), max(0, count - rows))
  }
}
