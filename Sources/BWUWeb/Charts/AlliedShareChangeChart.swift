/// Allied share of each changed product's value, before the first accepted offer that changed
/// it and after the last, as paired horizontal bars on a 0–100 % scale, with the numbers in a table.
public enum AlliedShareChangeChart {
    public static func render(_ shares: [ValueChainFiguresModel.Share], _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        guard !shares.isEmpty else { return el("p", [cls("hint")]) { t(.noAlliedShareChanges) } }
        let rowHeight = 44, labelWidth = 220, barWidth = 340, width = 640
        let height = rowHeight * shares.count + 28
        func length(_ share: Double) -> Int { Int((max(0, min(1, share)) * Double(barWidth)).rounded()) }
        return el("figure", [cls("chart")]) {
            el("svg", [Attribute("viewBox", "0 0 \(width) \(height)"), Attribute("role", "img"),
                       Attribute("aria-labelledby", "allied-title"), cls("svg-chart")]) {
                el("title", [id("allied-title")]) {
                    t(.alliedShareChangesTitle) + ": " + shares.map {
                        "\($0.manufacturer) \($0.item) \(format.percent($0.before)) → \(format.percent($0.after))"
                    }.joined(separator: ", ")
                }
                for tick in [0, 50, 100] {
                    let x = labelWidth + tick * barWidth / 100
                    el("line", [cls("grid"), Attribute("x1", "\(x)"), Attribute("x2", "\(x)"), Attribute("y1", "0"), Attribute("y2", "\(height - 20)")])
                    el("text", [cls("axis"), Attribute("x", "\(x)"), Attribute("y", "\(height - 6)"), Attribute("text-anchor", "middle")]) { "\(tick) %" }
                }
                for (index, share) in shares.enumerated() {
                    let y = index * rowHeight + 4
                    el("text", [cls("label"), Attribute("x", "0"), Attribute("y", "\(y + 24)")]) { "\(share.item) · \(share.manufacturer)" }
                    el("rect", [cls("bar share-before"), Attribute("x", "\(labelWidth)"), Attribute("y", "\(y + 4)"),
                                Attribute("width", "\(length(share.before))"), Attribute("height", "16"), Attribute("rx", "2")])
                    el("rect", [cls("bar share-after"), Attribute("x", "\(labelWidth)"), Attribute("y", "\(y + 22)"),
                                Attribute("width", "\(length(share.after))"), Attribute("height", "16"), Attribute("rx", "2")])
                    el("text", [cls("value"), Attribute("x", "\(labelWidth + length(share.before) + 6)"), Attribute("y", "\(y + 17)")]) {
                        format.percent(share.before)
                    }
                    el("text", [cls("value"), Attribute("x", "\(labelWidth + length(share.after) + 6)"), Attribute("y", "\(y + 35)")]) {
                        format.percent(share.after)
                    }
                }
            }
            UI.legend([(t(.before), "share-before"), (t(.after), "share-after")])
            UI.table(caption: t(.alliedShareChangesTitle), headers: [t(.endItem), t(.manufacturer), t(.before), t(.after)], numeric: [2, 3],
                     rows: shares.map { [text($0.item), text($0.manufacturer), text(format.percent($0.before)), text(format.percent($0.after))] })
        }
    }
}
