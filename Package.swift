// swift-tools-version:6.0
import PackageDescription

// Targets by responsibility: a reader knows their room from the name.
// BWUDomain and BWUPlanning are pure: no web or database framework.
let package = Package(
    name: "bwu",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bwu", targets: ["bwu"]),
        .library(name: "BWUPlanning", targets: ["BWUPlanning"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
    ],
    targets: [
        // Pure types and rules of the programme: money, ledger, workflow, audit chain.
        .target(
            name: "BWUDomain",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // Pure numerical optimisation: a sparse interior-point LP solver (no I/O, no dependencies).
        .target(name: "BWUOptimization"),
        // Pure planning engine for the bwu-plan/1 format (no I/O).
        .target(name: "BWUPlanning", dependencies: ["BWUOptimization"]),
        // Supply-chain resilience: single points of failure, origin of value, disruption what-ifs (pure).
        .target(name: "BWUResilience", dependencies: ["BWUPlanning"]),
        // Value-chain matchmaking: suppliers proposed for a manufacturer's weak items, measured by re-planning (pure).
        .target(name: "BWUMatchmaking", dependencies: ["BWUDomain", "BWUPlanning", "BWUResilience"]),
        // Server-rendered HTML pages: view models in, HTML and SVG out (pure, no Vapor).
        // Plan-run pages draw the engine's own model, result and resilience figures (all pure).
        .target(name: "BWUWeb", dependencies: ["BWUDomain", "BWUPlanning", "BWUResilience", "BWUMatchmaking"]),
        // `bwu plan`, `bwu generate`, `bwu bench`, `bwu resilience`: file I/O and terminal output around the engines.
        .target(
            name: "BWUPlanningCLI",
            dependencies: [
                "BWUPlanning",
                "BWUResilience",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fluent models, migrations and the transactional services that map them to the domain.
        .target(
            name: "BWUPersistence",
            dependencies: [
                "BWUDomain",
                "BWUPlanning",
                "BWUResilience",
                "BWUMatchmaking",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ]
        ),
        // Vapor: configuration, API routes, auth, problem+json errors, OpenAPI document.
        .target(
            name: "BWUServer",
            dependencies: [
                "BWUDomain",
                "BWUPersistence",
                "BWUMatchmaking",
                "BWUWeb",
                "BWUResilience",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/openapi.yaml")]
        ),
        .executableTarget(
            name: "bwu",
            dependencies: [
                "BWUServer",
                "BWUPersistence",
                "BWUPlanningCLI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
            ]
        ),
        .testTarget(name: "BWUDomainTests", dependencies: ["BWUDomain"]),
        .testTarget(name: "BWUOptimizationTests", dependencies: ["BWUOptimization"]),
        // The independent plan checker (../shared/tools/verify_plan.py) run from tests; every test target that plans uses it.
        .target(name: "BWUPlanChecks", dependencies: ["BWUPlanning"], path: "Tests/Support/PlanChecks"),
        .testTarget(name: "BWUPlanningTests", dependencies: ["BWUPlanning", "BWUPlanningCLI", "BWUPlanChecks"]),
        .testTarget(name: "BWUResilienceTests", dependencies: ["BWUResilience", "BWUPlanning", "BWUPlanChecks"]),
        .testTarget(name: "BWUMatchmakingTests", dependencies: ["BWUMatchmaking", "BWUDomain", "BWUPlanning", "BWUPlanChecks"]),
        .testTarget(name: "BWUWebTests", dependencies: ["BWUWeb", "BWUDomain", "BWUPlanning", "BWUResilience", "BWUMatchmaking"]),
        .testTarget(
            name: "BWUServerTests",
            dependencies: [
                "BWUServer",
                "BWUPersistence",
                "BWUDomain",
                "BWUPlanChecks",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ]
        ),
    ]
)
