/// Resources × weeks as a grid of cells shaded by load against capacity, each cell titled
/// with its figures; the loaded weeks follow as a table.
enum ResourceLoadChart {
    static let width = 720, labelWidth = 190, right = 80, rowHeight = 28, top = 26
    static let levels: [(Msg, String)] = [(.loadIdle, "hm-0"), (.loadLow, "hm-1"), (.loadMedium, "hm-2"), (.loadHigh, "hm-3"), (.loadFull, "hm-4")]

    static func render(_ loads: [ResourceLoad], weeks: Int, calendar: PlanWeeks, _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        guard !loads.isEmpty else { return el("p") { t(.noResources) } }
        let cell = Double(width - labelWidth - right) / Double(weeks)
        func x(_ bucket: Int) -> Int { labelWidth + Int(Double(bucket) * cell) }
        let height = top + loads.count * rowHeight + 6
        let full = loads.reduce(0) { sum, resource in sum + (0..<min(weeks, resource.load.count)).filter { resource.level($0) == 4 }.count }
        let summary = t.fill(.chartLoadDesc, ["resources": format.integer(loads.count), "weeks": format.integer(weeks), "full": format.integer(full)])
        let step = DemandTimelineChart.labelStep(cell)
        return el("figure", [cls("chart")]) {
            el("svg", [Attribute("viewBox", "0 0 \(width) \(height)"), Attribute("role", "img"),
                       Attribute("aria-labelledby", "load-title load-desc"), cls("svg-chart")]) {
                el("title", [id("load-title")]) { t(.chartLoadTitle) }
                el("desc", [id("load-desc")]) { summary }
                for bucket in stride(from: 0, to: weeks, by: step) {
                    el("text", [cls("axis"), Attribute("x", "\(x(bucket))"), Attribute("y", "14")]) { calendar.label(bucket, format) }
                }
                for (index, resource) in loads.enumerated() {
                    let y = top + index * rowHeight
                    el("text", [cls("label"), Attribute("x", "0"), Attribute("y", "\(y + 18)")]) {
                        resource.location.map { "\(resource.resource) (\($0))" } ?? resource.resource
                    }
                    for bucket in 0..<min(weeks, resource.load.count) {
                        el("rect", [cls("hm-\(resource.level(bucket))"), Attribute("x", "\(x(bucket))"), Attribute("y", "\(y + 2)"),
                                    Attribute("width", "\(max(1, Int(cell) - 1))"), Attribute("height", "\(rowHeight - 4)")]) {
                            el("title") {
                                "\(resource.resource), \(calendar.label(bucket, format)): \(format.quantity(resource.load[bucket])) / \(format.quantity(resource.capacity[bucket]))"
                            }
                        }
                    }
                }
            }
            el("figcaption") {
                UI.legend(levels.map { (t($0.0), $0.1) })
            }
            el("details") {
                el("summary") { t(.chartNumbers) }
                UI.table(
                    caption: t(.chartLoadTitle), headers: [t(.resource), t(.week), t(.load), t(.capacity), t(.utilisation)], numeric: [2, 3, 4],
                    rows: loads.flatMap { resource in
                        resource.load.indices.filter { resource.load[$0] > 1e-9 }.map { bucket -> [Node] in
                            let capacity = resource.capacity[bucket]
                            return [text(resource.resource), text(calendar.label(bucket, format)), text(format.quantity(resource.load[bucket])),
                                    text(format.quantity(capacity)), text(capacity > 0 ? format.percent(resource.load[bucket] / capacity) : "—")]
                        }
                    })
            }
        }
    }
}
