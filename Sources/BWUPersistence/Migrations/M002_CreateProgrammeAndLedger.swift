import Fluent

struct M002_CreateProgrammeAndLedger: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("programmes")
            .id()
            .field("name", .string, .required)
            .field("currency", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "name")
            .create()
        try await database.schema("funding_sources")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("donor", .string, .required)
            .field("legal_basis", .string, .required)
            .field("amount_minor", .int64, .required)
            .field("currency", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema("ledger_transactions")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("kind", .string, .required)
            .field("memo", .string, .required)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema("ledger_postings")
            .id()
            .field("transaction_id", .uuid, .required, .references("ledger_transactions", "id"))
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("line", .int, .required)
            .field("account", .string, .required)
            .field("amount_minor", .int64, .required)
            .field("currency", .string, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        for table in ["ledger_postings", "ledger_transactions", "funding_sources", "programmes"] {
            try await database.schema(table).delete()
        }
    }
}
