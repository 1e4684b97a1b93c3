import ArgumentParser
import BWUPlanning
import Foundation

extension ModelGenerator.Profile: ExpressibleByArgument {}

/// `bwu generate`: writes a synthetic bwu-plan/1 model.
public struct GenerateCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a realistic synthetic bwu-plan/1 model (same seed, same model).")

    @Option(help: "Number of end items (finished products with customer demand).")
    var endItems = 100

    @Option(help: "Number of weekly buckets in the horizon.")
    var buckets = 52

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Pressure profile: \(ModelGenerator.Profile.allCases.map(\.rawValue).joined(separator: ", ")).")
    var profile: ModelGenerator.Profile = .normal

    @Option(name: .shortAndLong, help: "Where to write the model (default: standard output).")
    var output: String?

    public init() {}

    public func run() throws {
        CLIFiles.progress("generating \(endItems) end items, \(buckets) buckets, profile \(profile.rawValue), seed \(seed)…")
        let model = ModelGenerator(endItems: endItems, buckets: buckets, seed: seed, profile: profile).generate()
        let data = model.encoded()
        if let output {
            try CLIFiles.write(data, to: output)
            CLIFiles.progress("wrote \(output): \(model.items.count) items, \(model.operations.count) operations, "
                + "\(model.purchases.count) purchase sources, \(model.demands.count) demands")
        } else {
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
    }
}
