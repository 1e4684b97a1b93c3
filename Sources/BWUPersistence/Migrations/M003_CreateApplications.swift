import Fluent

struct M003_CreateApplications: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("applications")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("status", .string, .required)
            .field("round", .int, .required)
            .field("title", .string, .required)
            .field("site_address", .string, .required)
            .field("municipality", .string, .required)
            .field("requested_minor", .int64, .required)
            .field("currency", .string, .required)
            .field("delivery_commitment", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema("application_product_lines")
            .id()
            .field("application_id", .uuid, .required, .references("applications", "id", onDelete: .cascade))
            .field("line", .int, .required)
            .field("name", .string, .required)
            .field("category", .string, .required)
            .field("capacity_per_month", .int, .required)
            .create()
        try await database.schema("application_milestones")
            .id()
            .field("application_id", .uuid, .required, .references("applications", "id", onDelete: .cascade))
            .field("sequence", .int, .required)
            .field("description", .string, .required)
            .field("amount_minor", .int64, .required)
            .field("due_date", .string, .required)
            .field("evidence_required", .string, .required)
            .create()
        try await database.schema("reviews")
            .id()
            .field("application_id", .uuid, .required, .references("applications", "id"))
            .field("round", .int, .required)
            .field("remit", .string, .required)
            .field("verdict", .string, .required)
            .field("reason", .string, .required)
            .field("reviewer_id", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            // One verdict per ministry per submission, whatever races happen.
            .unique(on: "application_id", "round", "remit")
            .create()
    }

    func revert(on database: Database) async throws {
        for table in ["reviews", "application_milestones", "application_product_lines", "applications"] {
            try await database.schema(table).delete()
        }
    }
}
