import Fluent
import FluentSQL

/// Grants gain a classification that decides what open data may show; existing grants are public.
struct M007_AddGrantClassification: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("grants")
            .field("classification", .string, .required, .sql(.default("public")))
            .update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("grants").deleteField("classification").update()
    }
}
