import BWUDomain
import BWUMatchmaking
import Foundation

/// One item that needs another source: why, its sources today, and each proposed supplier with
/// its reasons, its measured impact and the form to invite it.
enum ProposalSection {
    static func render(_ context: PageContext, _ model: MatchmakingModel, _ item: ItemProposals, index: Int) -> Node {
        let t = context.t
        let headingID = "need-\(index + 1)"
        return el("article", [cls("milestone"), Attribute("aria-labelledby", headingID)]) {
            el("h2", [id(headingID)]) { item.name.map { "\(item.item) — \($0)" } ?? item.item }
            UI.facts([
                (t(.needReasons), el("span") {
                    for reason in item.reasons { UI.badge(t(.needReason(reason)), tone: reason == .singleSourced ? "bad" : "warn"); " " }
                }),
                (t(.currentSources), text(item.currentSources.joined(separator: ", "))),
            ])
            if item.proposals.isEmpty {
                el("p") { t(.noProposals) }
            }
            for (rank, proposal) in item.proposals.enumerated() {
                proposalPanel(context, model, item, proposal, id: "\(headingID)-\(rank + 1)", rank: rank + 1)
            }
        }
    }

    private static func proposalPanel(_ context: PageContext, _ model: MatchmakingModel, _ item: ItemProposals,
                                      _ proposal: SupplierProposal, id panelID: String, rank: Int) -> Node {
        let t = context.t, format = context.format
        return el("section", [cls("panel"), Attribute("aria-labelledby", panelID)]) {
            el("h3", [id(panelID)]) { "\(rank). \(proposal.supplier) (\(proposal.country)) · \(t(.score)) \(format.integer(proposal.score))" }
            UI.table(caption: t(.reasons), headers: [t(.reason), t(.details), t(.points)], numeric: [2],
                     rows: proposal.reasons.map { reason in
                         [text(t(.matchReason(reason.kind))), text(MatchReasonWords.detail(reason, t, format)),
                          text(reason.points > 0 ? "+\(reason.points)" : format.integer(reason.points))]
                     })
            ImpactFacts.render(context, proposal.impact)
            inviteStep(context, model, item, proposal, scope: panelID)
        }
    }

    private static func inviteStep(_ context: PageContext, _ model: MatchmakingModel, _ item: ItemProposals,
                                   _ proposal: SupplierProposal, scope: String) -> Node {
        let t = context.t
        guard context.has(.manufacturer), let supplierID = model.supplierIDs[proposal.supplier] else { return .empty }
        let key = MatchmakingModel.key(supplier: supplierID, item: item.item)
        if let open = model.openInvitations[key] {
            return el("p") { UI.link(t(.alreadyInvited), .invitation(open)) }
        }
        let refused = model.refused[key] ?? TypedForm()
        return context.postForm(.invitations, [cls("narrow")]) {
            input([Attribute("type", "hidden"), Attribute("name", "supplierId"), Attribute("value", supplierID.uuidString)])
            input([Attribute("type", "hidden"), Attribute("name", "itemCode"), Attribute("value", item.item)])
            if let other = refused[error: "form"] { el("p", [cls("error")]) { other } }
            UI.field(name: "message", label: "\(t(.message)) → \(proposal.supplier)", value: refused[value: "message"],
                     error: refused[error: "message"], control: .textarea, required: true, scope: scope)
            UI.submitButton("\(t(.invite)) \(proposal.supplier)")
        }
    }
}

/// What adding a source changed, as the planner measured it.
enum ImpactFacts {
    static func render(_ context: PageContext, _ impact: ProposalImpact) -> Node {
        let t = context.t, format = context.format
        return el("div") {
            UI.facts([
                (t(.onTimeFill), text("\(format.percent(impact.onTimeFillBefore)) → \(format.percent(impact.onTimeFillAfter))")),
                (t(.fill), text("\(format.percent(impact.fillBefore)) → \(format.percent(impact.fillAfter))")),
                (t(.singlePoints), el("span") {
                    "\(format.integer(impact.singlePointsBefore)) → \(format.integer(impact.singlePointsAfter))"
                    if impact.closesSinglePoint { " "; UI.badge(t(.closesSinglePoint), tone: "good") }
                }),
                (t(.assumedTerms), text("\(format.integer(impact.assumedLeadTimeWeeks)) \(t(.weeks)) · \(format.quantity(impact.assumedCapacityPerWeek)) \(t(.perWeek))")),
            ])
            if !impact.alliedShare.isEmpty {
                UI.table(caption: t(.alliedShareChanges), headers: [t(.endItem), t(.before), t(.after)], numeric: [1, 2],
                         rows: impact.alliedShare.map { [text($0.item), text(format.percent($0.before)), text(format.percent($0.after))] })
            }
        }
    }
}
