import Foundation
import Testing
import Vapor

/// Times pages as a signed-in user and prints the median and maximum server time, for the
/// record. No bound is asserted: test builds are unoptimised and the suite runs in parallel
/// on a shared machine, so a bound would only measure the neighbours.
enum PageTimer {
    /// - Parameters:
    ///   - cases: each user's e-mail with the paths to time.
    ///   - samples: requests per page after one warm-up request.
    ///   - label: how a path is printed (e.g. with run ids replaced by placeholders).
    static func report(_ app: Application, _ cases: [(String, [String])], samples count: Int = 10,
                       label: (String) -> String = { $0 }) async throws {
        for (email, paths) in cases {
            let web = WebClient(app)
            try await web.signIn(email)
            for path in paths {
                _ = try await web.get(path)
                var samples: [Double] = []
                for _ in 0..<count {
                    let start = ContinuousClock.now
                    let page = try await web.get(path)
                    let elapsed = ContinuousClock.now - start
                    samples.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
                    #expect(page.status == .ok, "\(email) \(path)")
                }
                samples.sort()
                let median = samples[samples.count / 2]
                print("page-time \(email) \(label(path)): median \(String(format: "%.1f", median)) ms, max \(String(format: "%.1f", samples.last!)) ms")
            }
        }
    }
}
