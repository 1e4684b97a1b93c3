import ArgumentParser
import BWUPlanning
import Foundation

/// `bwu bench`: times generate, encode, decode, plan and end to end on generated models.
public struct BenchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark the planning engine on generated models.",
        discussion: """
            For each profile and size (ascending): generate a model, encode it to \
            JSON, decode it back, plan it and encode the plan. End to end is \
            decode + plan + encode of the plan. CPU is the process's user+system \
            time while planning, which stays meaningful on a busy machine. Peak \
            RSS is the process's high-water mark so far (getrusage ru_maxrss).
            """)

    @Option(help: "End-item counts, comma-separated.")
    var sizes = "100,1000,10000,50000"

    @Option(help: "Profiles, comma-separated: \(ModelGenerator.Profile.allCases.map(\.rawValue).joined(separator: ", ")).")
    var profiles = "normal,tight"

    @Option(help: "Weekly buckets in the horizon.")
    var buckets = 52

    @Option(help: "Random seed of the generated models.")
    var seed: UInt64 = 1

    @Option(help: "Plan each model this many times and keep the fastest.")
    var runs = 1

    @Flag(help: "Print the results as JSON.")
    var json = false

    @Flag(help: "Plan thoroughly (see `bwu plan --thorough`).")
    var thorough = false

    @Flag(help: "Plan with the LP guide (see `bwu plan --lp-guided`); for small sizes.")
    var lpGuided = false

    public init() {}

    public func run() throws {
        let sizeList = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.sorted()
        var profileList: [ModelGenerator.Profile] = []
        for name in profiles.split(separator: ",") {
            guard let profile = ModelGenerator.Profile(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("unknown profile '\(name)'")
            }
            profileList.append(profile)
        }
        var rows: [BenchRow] = []
        for profile in profileList {
            for size in sizeList {
                let label = BenchRow.label(profile, size)
                CLIFiles.progress("\(label)…")
                let options = PlanOptions(thorough: thorough, lpGuided: lpGuided, onGuideIteration: PlanCommand.guideProgress(label))
                rows.append(try BenchRow.measure(size: size, profile: profile, buckets: buckets, seed: seed, runs: max(1, runs), options: options))
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(rows), as: UTF8.self))
        } else {
            print(BenchRow.table(rows))
        }
    }
}
