/// Writes realistic synthetic planning models: multi-level bills of materials
/// with shared sub-assemblies, make-or-buy and dual or single sourcing across
/// several countries, facilities in DK and UA, and capacity and budget
/// pressure set by a ``Profile``. The same settings always give the same model.
public struct ModelGenerator: Sendable {
    /// How hard the generated model is.
    public enum Profile: String, CaseIterable, Sendable {
        /// Capacity and money somewhat above what the demand needs.
        case normal
        /// Facilities and suppliers overloaded: capacity well below what the demand needs.
        case tight
        /// Money well below what the demand needs, released in quarterly tranches.
        case budget

        /// Capacity as a multiple of the load the demand would put on it.
        var capacityFactor: Double { self == .tight ? 0.55 : 1.3 }
        /// Budget as a multiple of what planning every demand would cost.
        var budgetFactor: Double { self == .budget ? 0.6 : 1.5 }
    }

    public var endItems: Int
    public var buckets: Int
    public var seed: UInt64
    public var profile: Profile

    /// - Parameters:
    ///   - endItems: number of finished products demanded by customers (≥ 1).
    ///   - buckets: weekly buckets in the horizon (≥ 8 recommended).
    ///   - seed: equal seeds give byte-identical models.
    ///   - profile: capacity and budget pressure.
    public init(endItems: Int, buckets: Int = 52, seed: UInt64 = 1, profile: Profile = .normal) {
        self.endItems = max(1, endItems)
        self.buckets = max(1, buckets)
        self.seed = seed
        self.profile = profile
    }

    /// Generates the model.
    public func generate() -> PlanningModel {
        var builder = GeneratorBuilder(settings: self)
        builder.build()
        return builder.model
    }
}
