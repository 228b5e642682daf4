/// The practice problem picker: a searchable list over its entries (the Recommended entry first, while the query
/// is empty).
public typealias ProblemPickerState = SearchableList
