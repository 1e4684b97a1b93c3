/// A manufacturer's planning data: what it makes and from what, where, with which capacity,
/// from which suppliers, and what it has in stock or on order. Imported and exported as CSV
/// (see `docs/product-data.md`) and turned into a bwu-plan/1 model for plan runs.
public struct ProductData: Codable, Equatable, Sendable {
    public struct Item: Codable, Equatable, Sendable {
        public var code: String
        public var name: String
        public var unit: String
    }

    public struct Resource: Codable, Equatable, Sendable {
        public var code: String
        /// ISO 3166-1 alpha-2 country of the facility (DK for plants in Denmark, UA in Ukraine).
        public var location: String
        public var capacityPerWeek: Double
    }

    public struct Input: Codable, Equatable, Sendable {
        public var item: String
        public var qty: Double
    }

    public struct ResourceLoad: Codable, Equatable, Sendable {
        public var resource: String
        public var perUnit: Double
    }

    public struct Operation: Codable, Equatable, Sendable {
        public var code: String
        public var item: String
        public var location: String
        public var leadTimeWeeks: Int
        public var unitCostMinor: Int64
        public var minLot: Double
        public var lotMultiple: Double
        public var inputs: [Input]
        public var loads: [ResourceLoad]
    }

    public struct PurchaseSource: Codable, Equatable, Sendable {
        public var code: String
        public var item: String
        /// The registered supplier organisation's name.
        public var supplier: String
        public var country: String
        public var leadTimeWeeks: Int
        public var unitCostMinor: Int64
        public var capacityPerWeek: Double?
        public var minLot: Double
        public var lotMultiple: Double
    }

    public struct Stock: Codable, Equatable, Sendable {
        public var item: String
        public var qty: Double
    }

    public struct OpenOrder: Codable, Equatable, Sendable {
        public var item: String
        public var due: String
        public var qty: Double
    }

    public var currency: String
    public var items: [Item]
    public var resources: [Resource]
    public var operations: [Operation]
    public var purchaseSources: [PurchaseSource]
    public var stock: [Stock]
    public var openOrders: [OpenOrder]

    public static func empty(_ currency: CurrencyCode) -> ProductData {
        ProductData(currency: currency.code, items: [], resources: [], operations: [], purchaseSources: [], stock: [], openOrders: [])
    }
}
