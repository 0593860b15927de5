/// One country's findings or recommendations followed by id across the editions: each id once, in
/// the order it was first seen, and where it stands in each edition's list. A country of many findings
/// has as many rows: they are kept as positions in the editions' own lists, not as copies.
struct FollowedItems<Item> {
    /// The ids, one per row.
    private(set) var ids: [String] = []
    /// Each edition's items (empty where the country is not monitored).
    private let lists: [[Item]]
    /// Row by row, the item's position in each edition's list; -1 where the edition does not hold it.
    private var positions: [Int32] = []

    init(_ lists: [[Item]], id: (Item) -> String) {
        self.lists = lists
        var rows: [String: Int] = [:]
        for (column, list) in lists.enumerated() {
            for (position, item) in list.enumerated() {
                let key = id(item)
                let row: Int
                if let known = rows[key] {
                    row = known
                } else {
                    row = ids.count
                    rows[key] = row
                    ids.append(key)
                    positions.append(contentsOf: repeatElement(-1, count: lists.count))
                }
                positions[row * lists.count + column] = Int32(position)
            }
        }
    }

    /// The item of `row` in the edition of `column`, if that edition holds it.
    func item(_ row: Int, in column: Int) -> Item? {
        let position = positions[row * lists.count + column]
        return position < 0 ? nil : lists[column][Int(position)]
    }

    /// The editions (by column) that hold the item of `row`, in order.
    func columns(of row: Int) -> [Int] {
        lists.indices.filter { positions[row * lists.count + $0] >= 0 }
    }
}
