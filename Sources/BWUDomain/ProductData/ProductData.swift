/// A manufacturer's planning data: what it makes and from what, where, with which capacity,
/// from which suppliers, and what it has in stock or on order. Imported and exported as CSV
/// (see `docs/product-data.md`) and turned into a bwu-plan/1 model for plan runs.
public struct ProductData: Codable, Equatable, Sendable {
    public struct Item: Codable, Equatable, Sendable {
        public var code: String
        public var name: String
        public var unit: String
        /// What the item is, for matching suppliers to it: a free-text category
        /// (`electric motors`), a CPV code and a NATO Stock Number, each optional.
        public var category: String?
        public var cpv: String?
        public var nsn: String?

        public init(code: String, name: String, unit: String, category: String? = nil, cpv: String? = nil, nsn: String? = nil) {
            self.code = code
            self.name = name
            self.unit = unit
            self.category = category
            self.cpv = cpv
            self.nsn = nsn
        }
    }

    public struct Resource: Codable, Equatable, Sendable {
        public var code: String
        /// ISO 3166-1 alpha-2 country of the facility (DK for plants in Denmark, UA in Ukraine).
        public var location: String
        public var capacityPerWeek: Double

        public init(code: String, location: String, capacityPerWeek: Double) {
            self.code = code
            self.location = location
            self.capacityPerWeek = capacityPerWeek
        }
    }

    public struct Input: Codable, Equatable, Sendable {
        public var item: String
        public var qty: Double

        public init(item: String, qty: Double) {
            self.item = item
            self.qty = qty
        }
    }

    public struct ResourceLoad: Codable, Equatable, Sendable {
        public var resource: String
        public var perUnit: Double

        public init(resource: String, perUnit: Double) {
            self.resource = resource
            self.perUnit = perUnit
        }
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

        public init(code: String, item: String, location: String, leadTimeWeeks: Int, unitCostMinor: Int64, minLot: Double, lotMultiple: Double, inputs: [Input], loads: [ResourceLoad]) {
            self.code = code
            self.item = item
            self.location = location
            self.leadTimeWeeks = leadTimeWeeks
            self.unitCostMinor = unitCostMinor
            self.minLot = minLot
            self.lotMultiple = lotMultiple
            self.inputs = inputs
            self.loads = loads
        }
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

        public init(code: String, item: String, supplier: String, country: String, leadTimeWeeks: Int, unitCostMinor: Int64, capacityPerWeek: Double?, minLot: Double, lotMultiple: Double) {
            self.code = code
            self.item = item
            self.supplier = supplier
            self.country = country
            self.leadTimeWeeks = leadTimeWeeks
            self.unitCostMinor = unitCostMinor
            self.capacityPerWeek = capacityPerWeek
            self.minLot = minLot
            self.lotMultiple = lotMultiple
        }
    }

    public struct Stock: Codable, Equatable, Sendable {
        public var item: String
        public var qty: Double

        public init(item: String, qty: Double) {
            self.item = item
            self.qty = qty
        }
    }

    public struct OpenOrder: Codable, Equatable, Sendable {
        public var item: String
        public var due: String
        public var qty: Double

        public init(item: String, due: String, qty: Double) {
            self.item = item
            self.due = due
            self.qty = qty
        }
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
