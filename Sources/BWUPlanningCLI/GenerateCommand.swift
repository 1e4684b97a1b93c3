import ArgumentParser
import BWUPlanning

public struct GenerateCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "generate")
    public init() {}
    public func run() throws {}
}
public struct BenchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "bench")
    public init() {}
    public func run() throws {}
}
