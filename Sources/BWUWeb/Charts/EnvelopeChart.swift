import BWUDomain
import Foundation

/// The envelope over time as three step lines (available, committed, disbursed), drawn as SVG
/// on the server, with the numbers behind it in a table one click away.
public enum EnvelopeChart {
    static let width = 640, height = 260
    static let left = 70, right = 16, top = 16, bottom = 40

    public static func render(_ points: [EnvelopePoint], currency: CurrencyCode, _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        guard let first = points.first, let last = points.last else {
            return el("p") { t(.chartNoData) }
        }
        let maximum = max(1, points.map { max($0.available, $0.committed, $0.disbursed) }.max() ?? 1)
        // One step per transaction, evenly spaced: a programme's money moves in bursts (a pledge,
        // then grants weeks apart), and a true time axis would squash most steps into one pixel.
        let plotWidth = Double(width - left - right), plotHeight = Double(height - top - bottom)
        let stepWidth = plotWidth / Double(points.count)
        func x(_ index: Int) -> Int { left + Int(Double(index) * stepWidth) }
        func y(_ value: Int64) -> Int { top + Int(plotHeight - Double(value) / Double(maximum) * plotHeight) }
        // Chart geometry may use Double: it places pixels, it never states an amount.
        func steps(_ value: (EnvelopePoint) -> Int64) -> String {
            var coordinates: [String] = []
            var previousY: Int?
            for (index, point) in points.enumerated() {
                let px = x(index), py = y(value(point))
                if let previousY { coordinates.append("\(px),\(previousY)") }
                coordinates.append("\(px),\(py)")
                previousY = py
            }
            coordinates.append("\(width - right),\(previousY ?? y(0))")
            return coordinates.joined(separator: " ")
        }
        let series: [(Msg, String, (EnvelopePoint) -> Int64)] = [
            (.available, "s-available", { $0.available }),
            (.committed, "s-committed", { $0.committed }),
            (.disbursed, "s-disbursed", { $0.disbursed }),
        ]
        let summary = "\(t(.available)) \(format.money(Money(minorUnits: last.available, currency: currency))), "
            + "\(t(.committed)) \(format.money(Money(minorUnits: last.committed, currency: currency))), "
            + "\(t(.disbursed)) \(format.money(Money(minorUnits: last.disbursed, currency: currency)))"
        return el("figure", [cls("chart")]) {
            el("svg", [
                Attribute("viewBox", "0 0 \(width) \(height)"), Attribute("role", "img"),
                Attribute("aria-labelledby", "envelope-title envelope-desc"), cls("svg-chart"),
            ]) {
                el("title", [id("envelope-title")]) { t(.chartEnvelopeTitle) }
                el("desc", [id("envelope-desc")]) { summary }
                for fraction in [0, 1, 2, 3, 4] {
                    let value = maximum * Int64(fraction) / 4
                    el("line", [cls("grid"), Attribute("x1", "\(left)"), Attribute("x2", "\(width - right)"),
                                Attribute("y1", "\(y(value))"), Attribute("y2", "\(y(value))")])
                    el("text", [cls("axis"), Attribute("x", "\(left - 6)"), Attribute("y", "\(y(value) + 4)"),
                                Attribute("text-anchor", "end")]) { format.millions(value, currency: currency) }
                }
                el("text", [cls("axis"), Attribute("x", "\(left)"), Attribute("y", "\(height - 12)")]) { format.date(first.date) }
                el("text", [cls("axis"), Attribute("x", "\(width - right)"), Attribute("y", "\(height - 12)"),
                            Attribute("text-anchor", "end")]) { format.date(last.date) }
                for (_, style, value) in series {
                    el("polyline", [cls("line \(style)"), Attribute("points", steps(value))])
                }
            }
            el("figcaption") {
                UI.legend(series.map { (t($0.0), $0.1) })
            }
            el("details") {
                el("summary") { t(.chartNumbers) }
                UI.table(
                    caption: t(.chartEnvelopeTitle),
                    headers: [t(.date), t(.kind), t(.available), t(.committed), t(.disbursed)], numeric: [2, 3, 4],
                    rows: points.map { point in
                        [text(format.dateTime(point.date)), text(t(Msg.ledgerKind(point.kind))),
                         text(format.money(Money(minorUnits: point.available, currency: currency))),
                         text(format.money(Money(minorUnits: point.committed, currency: currency))),
                         text(format.money(Money(minorUnits: point.disbursed, currency: currency)))]
                    })
            }
        }
    }
}
