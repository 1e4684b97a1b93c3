import Dispatch
import Foundation

/// Runs independent jobs on every core.
public enum Parallel {
    /// `body(0) … body(count - 1)` spread over all cores by `concurrentPerform`
    /// (each thread takes the next index, so long and short jobs balance out).
    /// - Parameters:
    ///   - count: number of jobs.
    ///   - progress: called after each job with the number finished so far.
    ///   - body: one job; jobs must not depend on each other.
    /// - Returns: the results in index order.
    public static func map<T: Sendable>(
        _ count: Int, progress: (@Sendable (Int) -> Void)? = nil, _ body: @Sendable (Int) -> T
    ) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let done = slots.store(body(i), at: i)
            progress?(done)
        }
        return slots.values()
    }
}

/// Result slots written by concurrent jobs, each to its own index, under a lock.
private final class Slots<T: Sendable>: @unchecked Sendable {
    private var storage: [T?]
    private var finished = 0
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    /// Stores one result and returns how many are stored.
    func store(_ value: T, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        storage[index] = value
        finished += 1
        return finished
    }

    func values() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return storage.map { $0! }
    }
}
