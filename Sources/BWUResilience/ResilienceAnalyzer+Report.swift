import BWUPlanning
import Foundation

extension ResilienceAnalyzer {
    /// The full report: single points of failure, origin of value, the disruption
    /// ranking and the what-ifs. Scenarios run in parallel on all cores.
    /// - Parameters:
    ///   - options: allied set, threshold, origin basis, disruption kinds, what-ifs.
    ///   - progress: called from worker threads with (scenarios finished, scenarios in all).
    /// - Throws: ``ModelError`` when a what-if makes the model invalid.
    public func report(options: ResilienceOptions = ResilienceOptions(),
                       progress: (@Sendable (Int, Int) -> Void)? = nil) throws(ModelError) -> ResilienceReport {
        let disruptions = index.disruptions(kinds: options.disruptionKinds)
        let whatIfs = options.whatIfs
        let total = disruptions.count + whatIfs.count
        let before = ServiceFigures(model: model, plan: baseline)
        let report = progress.map { callback in { @Sendable (done: Int) in callback(done, total) } }

        // One job per scenario; each job builds its own result so that comparing and
        // explaining run in parallel too.
        let outcomes = Parallel.map(total, progress: report) { job -> Result<(ReplanMethod, ScenarioOutcome), ModelError> in
            if job < disruptions.count {
                let scenario = plan(disruptions[job], incremental: options.incremental, entries: false)
                let result = DisruptionResult(disruption: disruptions[job], scenario: scenario, baseline: baseline,
                                              service: service, index: index)
                return .success((scenario.method, .disruption(result)))
            }
            let whatIf = whatIfs[job - disruptions.count]
            let change = whatIf.change(of: index)
            return Result { () throws(ModelError) in
                let scenario = try runner.run(change, incremental: options.incremental)
                let result = WhatIfResult(whatIf: whatIf, scenario: scenario, before: before, service: service,
                                          removed: change.removedSources, index: index)
                return (scenario.method, .whatIf(result))
            }
        }

        var ranked: [DisruptionResult] = [], results: [WhatIfResult] = []
        var methods: [ReplanMethod: Int] = [:]
        for outcome in outcomes {
            let (method, value) = try outcome.get()
            methods[method, default: 0] += 1
            switch value {
            case .disruption(let result): ranked.append(result)
            case .whatIf(let result): results.append(result)
            }
        }
        let origin = index.originOfValue(basis: options.originBasis, plan: baseline, allied: options.allied, threshold: options.threshold)
            .sorted { $0.alliedShare != $1.alliedShare ? $0.alliedShare < $1.alliedShare : $0.item < $1.item }
        return ResilienceReport(
            format: ResilienceReport.formatName,
            baseline: before,
            singlePointsOfFailure: index.singlePointsOfFailure(),
            origin: OriginSection(basis: options.originBasis, allied: options.allied.sorted(), threshold: options.threshold,
                                  itemsBelowThreshold: origin.filter(\.belowThreshold).count, items: origin),
            disruptions: ranked.sorted(by: DisruptionResult.worstFirst),
            whatIfs: results,
            run: RunFigures(scenarios: total, replanned: methods[.replanned] ?? 0, repaired: methods[.repaired] ?? 0, partial: methods[.partial] ?? 0,
                            unaffected: methods[.unaffected] ?? 0, cores: ProcessInfo.processInfo.activeProcessorCount,
                            seconds: nil))
    }
}

/// The result of one parallel job.
enum ScenarioOutcome: Sendable {
    case disruption(DisruptionResult)
    case whatIf(WhatIfResult)
}
