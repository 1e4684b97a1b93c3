import BWUResilience

/// Each end item's allied share of value as a bar against the threshold line, with the
/// country breakdown in the table below.
enum AlliedShareChart {
    static let width = 640, rowHeight = 30, labelWidth = 210, valueWidth = 70

    static func render(_ origin: OriginSection, names: PlanNames, _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        guard !origin.items.isEmpty else { return el("p") { t(.noDemandedItems) } }
        let barSpace = width - labelWidth - valueWidth
        let height = origin.items.count * rowHeight + 20
        func length(_ share: Double) -> Int { Int(max(0, min(1, share)) * Double(barSpace)) }
        let threshold = format.percent(origin.threshold)
        let summary = t.fill(.chartAlliedDesc, ["items": format.integer(origin.items.count),
                                                "below": format.integer(origin.itemsBelowThreshold), "threshold": threshold])
        return el("figure", [cls("chart")]) {
            el("svg", [Attribute("viewBox", "0 0 \(width) \(height)"), Attribute("role", "img"),
                       Attribute("aria-labelledby", "allied-title allied-desc"), cls("svg-chart")]) {
                el("title", [id("allied-title")]) { t(.alliedShareTitle) }
                el("desc", [id("allied-desc")]) { summary }
                for (index, item) in origin.items.enumerated() {
                    let y = 14 + index * rowHeight
                    el("text", [cls("label"), Attribute("x", "0"), Attribute("y", "\(y + 19)")]) { DemandProgressChart.short(names.item(item.item), 28) }
                    el("rect", [cls("track"), Attribute("x", "\(labelWidth)"), Attribute("y", "\(y + 6)"),
                                Attribute("width", "\(barSpace)"), Attribute("height", "\(rowHeight - 12)")])
                    el("rect", [cls(item.belowThreshold ? "dp-refused" : "dp-accepted"), Attribute("x", "\(labelWidth)"), Attribute("y", "\(y + 6)"),
                                Attribute("width", "\(length(item.alliedShare))"), Attribute("height", "\(rowHeight - 12)")])
                    el("text", [cls("value"), Attribute("x", "\(labelWidth + barSpace + 6)"), Attribute("y", "\(y + 19)")]) {
                        format.percent(item.alliedShare)
                    }
                }
                let x = labelWidth + length(origin.threshold)
                el("line", [cls("tl-threshold"), Attribute("x1", "\(x)"), Attribute("x2", "\(x)"), Attribute("y1", "14"), Attribute("y2", "\(height)")])
                el("text", [cls("axis"), Attribute("x", "\(x)"), Attribute("y", "11"), Attribute("text-anchor", "middle")]) { threshold }
            }
            el("details") {
                el("summary") { t(.chartNumbers) }
                UI.table(
                    caption: t(.alliedShareTitle), headers: [t(.product), t(.alliedShare), t(.countries), t(.alert)], numeric: [1],
                    rows: origin.items.map { item in
                        [text(names.item(item.item)), text(format.percent(item.alliedShare)),
                         text(item.countries.map { "\($0.country) \(format.percent($0.share))" }.joined(separator: ", ")),
                         item.belowThreshold ? UI.badge(t.fill(.belowThreshold, ["threshold": threshold]), tone: "warn") : text("")]
                    })
            }
        }
    }
}
