import BWUDomain
import Foundation
import Testing

@Suite struct DeliveryRulesTests {
    func delivery(_ quantity: Int, _ status: DeliveryRecord.Status, accepted: Int) throws -> DeliveryRecord {
        DeliveryRecord(
            id: UUID(), demandID: UUID(), manufacturerID: UUID(), customerID: UUID(), productID: UUID(), quantity: quantity,
            value: try Money.parse("1.00", currency: .dkk, field: "value"), shippedOn: try CalendarDate("2026-11-30", field: "shippedOn"),
            licenceID: nil, milestoneID: nil, status: status, acceptedQuantity: accepted, decisionReason: nil, decidedBy: nil, decidedOn: nil)
    }

    @Test func unitsAwaitingADecisionCountAsShippedAndRefusedUnitsDoNot() throws {
        let deliveries = [
            try delivery(20, .shipped, accepted: 0), try delivery(40, .accepted, accepted: 40),
            try delivery(10, .partiallyAccepted, accepted: 7), try delivery(5, .rejected, accepted: 0),
        ]
        #expect(DeliveryRules.unitsShipped(deliveries) == 67)
        #expect(DeliveryRules.unitsShipped([]) == 0)
    }
}
