import BWUDomain
import Fluent
import Foundation

/// A manufacturer's product data, kept as one JSON document: an import replaces it whole,
/// so the planner always sees a consistent set.
final class ProductDataModel: Model, @unchecked Sendable {
    static let schema = "product_data"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "document") var document: String
    @Field(key: "updated_by") var updatedBy: UUID
    @Timestamp(key: "updated_at", on: .none) var updatedAt: Date?

    init() {}

    func data() throws -> ProductData {
        try JSONDecoder().decode(ProductData.self, from: Data(document.utf8))
    }
}

final class PlanRunModel: Model, @unchecked Sendable {
    static let schema = "plan_runs"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "status") var status: String
    @Field(key: "progress") var progress: Int
    @Field(key: "stage") var stage: String
    @Field(key: "started_by") var startedBy: UUID
    @Timestamp(key: "created_at", on: .none) var createdAt: Date?
    @Timestamp(key: "finished_at", on: .none) var finishedAt: Date?
    /// The bwu-plan/1 model the run planned: its input snapshot.
    @Field(key: "model") var model: String
    /// The bwu-plan-result/1 plan, once done.
    @OptionalField(key: "result") var result: String?
    @OptionalField(key: "on_time_fill") var onTimeFill: Double?
    @OptionalField(key: "fill") var fill: Double?
    @OptionalField(key: "error") var error: String?

    init() {}
}
