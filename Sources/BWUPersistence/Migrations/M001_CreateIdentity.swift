import Fluent

struct M001_CreateIdentity: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("organisations")
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("country", .string, .required)
            .unique(on: "name")
            .create()
        try await database.schema("users")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("password_hash", .string, .required)
            .field("roles", .string, .required)
            .field("remit", .string)
            .field("created_at", .datetime)
            .unique(on: "email")
            .create()
        try await database.schema("session_tokens")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema("login_failures")
            .id()
            .field("email", .string, .required)
            .field("failed_at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        for table in ["login_failures", "session_tokens", "users", "organisations"] {
            try await database.schema(table).delete()
        }
    }
}
