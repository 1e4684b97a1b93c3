import BWUDomain

/// Applications by state as horizontal bars, each linking to the list filtered by that state.
public enum StatusChart {
    public static func render(_ counts: [(ApplicationStatus, Int)], _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        let maximum = max(1, counts.map(\.1).max() ?? 1)
        let rowHeight = 30, labelWidth = 190, barWidth = 380, width = 640
        let height = rowHeight * counts.count + 8
        return el("figure", [cls("chart")]) {
            el("svg", [Attribute("viewBox", "0 0 \(width) \(height)"), Attribute("role", "img"),
                       Attribute("aria-labelledby", "status-title"), cls("svg-chart")]) {
                el("title", [id("status-title")]) {
                    t(.chartStatusTitle) + ": " + counts.map { "\(t(Msg.statusName($0.0))) \($0.1)" }.joined(separator: ", ")
                }
                for (index, (status, count)) in counts.enumerated() {
                    let y = index * rowHeight + 4
                    let length = count == 0 ? 0 : max(3, count * barWidth / maximum)
                    el("a", [href(WebRoute.applications(status: status).path)]) {
                        el("text", [cls("label"), Attribute("x", "0"), Attribute("y", "\(y + 18)")]) { t(Msg.statusName(status)) }
                        el("rect", [cls("bar st-\(status.rawValue)"), Attribute("x", "\(labelWidth)"), Attribute("y", "\(y + 4)"),
                                    Attribute("width", "\(length)"), Attribute("height", "\(rowHeight - 10)"), Attribute("rx", "3")])
                        el("text", [cls("value"), Attribute("x", "\(labelWidth + length + 8)"), Attribute("y", "\(y + 18)")]) {
                            format.integer(count)
                        }
                    }
                }
            }
            el("details") {
                el("summary") { t(.chartNumbers) }
                UI.table(caption: t(.chartStatusTitle), headers: [t(.status), t(.count)], numeric: [1],
                         rows: counts.map { [UI.link(t(Msg.statusName($0.0)), .applications(status: $0.0)), text(format.integer($0.1))] })
            }
        }
    }
}
