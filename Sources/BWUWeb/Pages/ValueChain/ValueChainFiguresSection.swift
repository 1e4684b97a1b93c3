import BWUDomain

/// The programme office's value-chain figures, as the dashboard shows them.
public struct ValueChainFiguresModel: Sendable {
    public struct Share: Sendable {
        public var manufacturer: String
        public var item: String
        public var before: Double
        public var after: Double

        public init(manufacturer: String, item: String, before: Double, after: Double) {
            self.manufacturer = manufacturer
            self.item = item
            self.before = before
            self.after = after
        }
    }

    public var manufacturers: Int
    public var manufacturersWithEuropeanSuppliers: Int
    public var registeredSuppliers: Int
    public var invitations: Int
    public var acceptedOffers: Int
    public var singlePointsClosed: Int
    public var capabilities: Int
    public var alliedShare: [Share]
    public var trialRequests: [TrialRequestRecord.Status: Int]

    public init(manufacturers: Int, manufacturersWithEuropeanSuppliers: Int, registeredSuppliers: Int, invitations: Int, acceptedOffers: Int,
                singlePointsClosed: Int, capabilities: Int, alliedShare: [Share], trialRequests: [TrialRequestRecord.Status: Int]) {
        self.manufacturers = manufacturers
        self.manufacturersWithEuropeanSuppliers = manufacturersWithEuropeanSuppliers
        self.registeredSuppliers = registeredSuppliers
        self.invitations = invitations
        self.acceptedOffers = acceptedOffers
        self.singlePointsClosed = singlePointsClosed
        self.capabilities = capabilities
        self.alliedShare = alliedShare
        self.trialRequests = trialRequests
    }
}

/// The dashboard's value-chain section: cards, the allied-share chart and trial requests by status.
public enum ValueChainFiguresSection {
    public static func render(_ figures: ValueChainFiguresModel, _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        let cards: [(Msg, String)] = [
            (.manufacturersWithEuropeanSuppliers, "\(format.integer(figures.manufacturersWithEuropeanSuppliers)) / \(format.integer(figures.manufacturers))"),
            (.registeredSuppliers, format.integer(figures.registeredSuppliers)),
            (.invitationsTitle, format.integer(figures.invitations)),
            (.acceptedOffers, format.integer(figures.acceptedOffers)),
            (.singlePointsClosed, format.integer(figures.singlePointsClosed)),
            (.publishedCapabilities, format.integer(figures.capabilities)),
        ]
        return el("section", [Attribute("aria-labelledby", "value-chain-heading")]) {
            el("h2", [id("value-chain-heading")]) { t(.valueChainTitle) }
            el("ul", [cls("cards")]) {
                for (label, value) in cards {
                    el("li", [cls("card")]) {
                        el("span", [cls("card-label")]) { t(label) }
                        el("span", [cls("card-value")]) { value }
                    }
                }
            }
            el("h3") { t(.alliedShareChangesTitle) }
            AlliedShareChangeChart.render(figures.alliedShare, context)
            el("h3") { t(.trialRequestsByStatus) }
            UI.table(caption: t(.trialRequestsByStatus), headers: [t(.status), t(.count)], numeric: [1],
                     rows: TrialRequestRecord.Status.allCases.map { status in
                         [text(t(.trialStatus(status))), text(format.integer(figures.trialRequests[status] ?? 0))]
                     })
        }
    }
}
