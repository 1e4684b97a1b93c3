import BWUDomain
import Fluent

struct M005_CreateAuditLog: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("audit_entries")
            .field("sequence", .int64, .identifier(auto: false))
            .field("occurred_at", .string, .required)
            .field("actor_id", .uuid, .required)
            .field("actor_email", .string, .required)
            .field("action", .string, .required)
            .field("entity_type", .string, .required)
            .field("entity_id", .string, .required)
            .field("details", .string, .required)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .create()
        try await database.schema("audit_head")
            .field("id", .int, .identifier(auto: false))
            .field("sequence", .int64, .required)
            .field("hash", .string, .required)
            .create()
        try await AuditHeadModel(sequence: 0, hash: AuditRecord.genesisHash).create(on: database)
    }

    func revert(on database: Database) async throws {
        try await database.schema("audit_head").delete()
        try await database.schema("audit_entries").delete()
    }
}

/// Every migration, in order. The server, the CLI and the tests all register this list.
public enum BWUMigrations {
    public static let all: [any Migration] = [
        M001_CreateIdentity(),
        M002_CreateProgrammeAndLedger(),
        M003_CreateApplications(),
        M004_CreateGrants(),
        M005_CreateAuditLog(),
        M006_CreateProduction(),
        M007_AddGrantClassification(),
        M008_CreateProductDataAndPlanRuns(),
        M009_CreateValueChain(),
    ]
}
