import BWUDomain

/// Which slice of a list to return: lists are paginated so no request reads a whole table.
public struct PageRequest: Sendable, Equatable {
    public static let maximumSize = 200
    public let page: Int
    public let size: Int

    /// - Throws: ``BWUDomain/DomainError`` naming `page` or `size` when out of range.
    public init(page: Int = 1, size: Int = 50) throws {
        guard page >= 1 else { throw DomainError.invalid("page", "must be 1 or more") }
        guard (1...Self.maximumSize).contains(size) else {
            throw DomainError.invalid("size", "must be between 1 and \(Self.maximumSize)")
        }
        self.page = page
        self.size = size
    }

    var range: Range<Int> { ((page - 1) * size)..<(page * size) }
}

public struct ListPage<Item: Sendable>: Sendable {
    public let items: [Item]
    public let page: Int
    public let size: Int
    public let total: Int

    public init(items: [Item], page: PageRequest, total: Int) {
        self.items = items
        self.page = page.page
        self.size = page.size
        self.total = total
    }
}

