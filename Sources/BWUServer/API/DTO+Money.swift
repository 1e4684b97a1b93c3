import BWUDomain
import BWUPersistence
import Vapor

/// Money on the wire: a decimal string and an ISO 4217 code, never a JSON number, so no
/// client or proxy can round it through floating point.
struct MoneyDTO: Content {
    let amount: String
    let currency: String

    static let schema = BodySchema.object(["amount": .value, "currency": .value])

    init(_ money: Money) {
        amount = money.decimalString
        currency = money.currency.code
    }

    func money(field: String, allowZero: Bool = false) throws -> Money {
        let code = try CurrencyCode(currency, field: "\(field).currency")
        return try Money.parse(amount, currency: code, field: "\(field).amount", allowZero: allowZero)
    }
}

struct PageDTO<Item: Content>: Content {
    let items: [Item]
    let page: Int
    let size: Int
    let total: Int
}

extension PageDTO {
    init<Record>(_ page: ListPage<Record>, map: (Record) -> Item) {
        self.items = page.items.map(map)
        self.page = page.page
        self.size = page.size
        self.total = page.total
    }
}
