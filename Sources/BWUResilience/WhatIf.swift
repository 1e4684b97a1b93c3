import BWUPlanning

/// A file of custom what-if scenarios (`bwu-scenarios/1`, see `docs/resilience.md`).
public struct ScenarioFile: Sendable, Equatable {
    public static let formatName = "bwu-scenarios/1"
    public var scenarios: [WhatIf]

    public init(scenarios: [WhatIf]) { self.scenarios = scenarios }
}

/// One what-if: changes applied together to the model before it is re-planned.
public struct WhatIf: Sendable, Equatable {
    /// Unique within the file; names the scenario in the report.
    public var id: String
    public var description: String?
    /// Operation or purchase-source ids to remove.
    public var removeSources: [String] = []
    /// Suppliers whose purchase sources are all removed.
    public var removeSuppliers: [String] = []
    /// Countries whose purchase sources are all removed.
    public var removeCountries: [String] = []
    /// Facility locations whose operations are all removed.
    public var removeLocations: [String] = []
    public var cutCapacity: [CapacityCut] = []
    public var lengthenLeadTimes: [LeadTimeChange] = []
    /// Demands added to the model (ids must not clash with the model's).
    public var addDemands: [Demand] = []

    /// - Parameters:
    ///   - id: the scenario's name in the report.
    ///   - description: free text for people.
    public init(id: String, description: String? = nil) {
        self.id = id
        self.description = description
    }
}

/// Cut a resource's capacity by `percent` in buckets `from … to` (inclusive).
public struct CapacityCut: Sendable, Equatable {
    public var resource: String
    /// 0 … 100: 100 stops the resource.
    public var percent: Double
    /// First bucket cut (default 0).
    public var from: Int
    /// Last bucket cut (default the last bucket of the horizon).
    public var to: Int?

    /// - Parameters:
    ///   - resource: resource id.
    ///   - percent: how much capacity is lost, 0 … 100.
    ///   - from: first bucket cut.
    ///   - to: last bucket cut, `nil` for the end of the horizon.
    public init(resource: String, percent: Double, from: Int = 0, to: Int? = nil) {
        self.resource = resource
        self.percent = percent
        self.from = from
        self.to = to
    }
}

/// Lengthen the lead time of the sources selected by exactly one of `source`,
/// `supplier`, `country` or `item` by `by` buckets.
public struct LeadTimeChange: Sendable, Equatable {
    public var source: String?
    public var supplier: String?
    public var country: String?
    /// Every operation and purchase source of this item.
    public var item: String?
    /// Extra buckets, ≥ 1.
    public var by: Int

    /// - Parameters:
    ///   - source: an operation or purchase-source id.
    ///   - supplier: all purchase sources of a supplier.
    ///   - country: all purchase sources from a country.
    ///   - item: all sources of an item.
    ///   - by: extra buckets of lead time.
    public init(source: String? = nil, supplier: String? = nil, country: String? = nil, item: String? = nil, by: Int) {
        self.source = source
        self.supplier = supplier
        self.country = country
        self.item = item
        self.by = by
    }
}

/// Why a scenario file was refused: the JSON path of the offending value and the reason.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Path such as `$.scenarios[1].cutCapacity[0].resource`.
    public var path: String
    public var reason: String

    /// - Parameters:
    ///   - path: JSON path from the document root `$`.
    ///   - reason: what is wrong, in plain words.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
