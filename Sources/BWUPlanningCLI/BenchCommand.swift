import ArgumentParser
import BWUPlanning

public struct BenchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "bench")
    public init() {}
    public func run() throws {}
}
