/// The problem browser: a searchable list over the problems that match its query.
public typealias BrowserState = SearchableList
