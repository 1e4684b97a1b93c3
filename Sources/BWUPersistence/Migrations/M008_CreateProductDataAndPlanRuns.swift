import Fluent

struct M008_CreateProductDataAndPlanRuns: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("product_data")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("document", .string, .required)
            .field("updated_by", .uuid, .required)
            .field("updated_at", .datetime)
            .unique(on: "organisation_id")
            .create()
        try await database.schema("plan_runs")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("status", .string, .required)
            .field("progress", .int, .required)
            .field("stage", .string, .required)
            .field("started_by", .uuid, .required)
            .field("created_at", .datetime)
            .field("finished_at", .datetime)
            .field("model", .string, .required)
            .field("result", .string)
            .field("on_time_fill", .double)
            .field("fill", .double)
            .field("error", .string)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("plan_runs").delete()
        try await database.schema("product_data").delete()
    }
}
