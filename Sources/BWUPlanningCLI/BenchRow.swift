import BWUPlanning
import Foundation

/// One line of `bwu bench`: timings in seconds, sizes and service of one generated model.
struct BenchRow: Codable {
    var profile: String
    var endItems: Int
    var demands: Int
    var modelBytes: Int
    var generateSeconds: Double
    var encodeSeconds: Double
    var decodeSeconds: Double
    var planSeconds: Double
    var planCPUSeconds: Double
    var planEncodeSeconds: Double
    var endToEndSeconds: Double
    var peakRSSMegabytes: Double
    var onTimeFill: Double
    var onTimeFillPriority1: Double
    /// What the LP guide did (`--lp-guided`); absent when it was not asked for.
    var lpGuide: GuideOutcome?

    static func measure(
        size: Int, profile: ModelGenerator.Profile, buckets: Int, seed: UInt64, runs: Int, options: PlanOptions = PlanOptions()
    ) throws -> BenchRow {
        let clock = ContinuousClock()
        var t = clock.now
        let model = ModelGenerator(endItems: size, buckets: buckets, seed: seed, profile: profile).generate()
        let generate = lap(&t, clock)
        let data = model.encoded()
        let encode = lap(&t, clock)
        let decoded = try PlanningModel.decode(from: data)
        let decode = lap(&t, clock)
        if options.lpGuided && !decoded.fitsLPGuide { PlanCommand.sayNotLPGuided(decoded, label(profile, size)) }
        var best = Double.infinity, bestCPU = Double.infinity
        var plan: PlanResult?
        var guide = GuideOutcome.notAsked
        for _ in 0..<runs {
            let cpu = cpuSeconds()
            t = clock.now
            (plan, guide) = try Planner.planReportingGuide(decoded, options: options)
            best = min(best, lap(&t, clock))
            bestCPU = min(bestCPU, cpuSeconds() - cpu)
        }
        _ = plan!.encoded()
        let planEncode = lap(&t, clock)
        return BenchRow(
            profile: profile.rawValue, endItems: size, demands: model.demands.count, modelBytes: data.count,
            generateSeconds: generate, encodeSeconds: encode, decodeSeconds: decode, planSeconds: best,
            planCPUSeconds: bestCPU, planEncodeSeconds: planEncode, endToEndSeconds: decode + best + planEncode,
            peakRSSMegabytes: peakRSSMegabytes(), onTimeFill: plan!.kpis.onTimeFill,
            onTimeFillPriority1: PlanMetrics.onTimeFillByPriority(model: model, plan: plan!)[1] ?? 1,
            lpGuide: guide.ifAsked)
    }

    /// How progress and messages name one row of the bench.
    static func label(_ profile: ModelGenerator.Profile, _ size: Int) -> String {
        "bench: \(profile.rawValue), \(size) end items"
    }

    static func lap(_ t: inout ContinuousClock.Instant, _ clock: ContinuousClock) -> Double {
        let now = clock.now
        defer { t = now }
        return (now - t).seconds
    }

    #if os(Linux)
    static let rusageSelf = RUSAGE_SELF.rawValue
    #else
    static let rusageSelf = RUSAGE_SELF
    #endif

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(rusageSelf, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The process's peak resident set so far; Linux reports ru_maxrss in KiB, macOS in bytes.
    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(rusageSelf, &usage)
        #if os(macOS)
        return Double(usage.ru_maxrss) / 1_048_576
        #else
        return Double(usage.ru_maxrss) / 1024
        #endif
    }

    static func table(_ rows: [BenchRow]) -> String {
        let guided = rows.contains { $0.lpGuide != nil }
        var lines = ["profile  end items  demands  model MB  generate  encode  decode    plan  plan CPU  e2e     peak RSS MB  on-time  P1 on-time"
                     + (guided ? "  LP guide" : "")]
        for r in rows {
            lines.append(String(
                format: "%-7@  %9d  %7d  %8.1f  %7.3fs  %5.3fs  %5.3fs  %6.3fs  %7.3fs  %6.3fs  %11.0f  %6.2f%%  %9.2f%%",
                r.profile, r.endItems, r.demands, Double(r.modelBytes) / 1_048_576, r.generateSeconds, r.encodeSeconds,
                r.decodeSeconds, r.planSeconds, r.planCPUSeconds, r.endToEndSeconds, r.peakRSSMegabytes,
                r.onTimeFill * 100, r.onTimeFillPriority1 * 100) + (guided ? "  \(r.lpGuide?.rawValue ?? "-")" : ""))
        }
        return lines.joined(separator: "\n")
    }
}
